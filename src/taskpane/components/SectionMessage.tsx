import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Message } from "../state";

/**
 * For a MessageBar without a MessageBarTitle: Fluent points the bar's aria-labelledby at the title's
 * id, which then names nothing (axe: "ARIA attribute element ID does not exist on the page"). The
 * bar's text is its content, so it needs no name of its own.
 */
export const UNTITLED = { "aria-labelledby": undefined } as const;

interface Props {
  message: Message | undefined;
}

/**
 * A section's latest result or error, beside the control that caused it. Each new message takes
 * the focus, so a keyboard or screen-reader user hears it where they are; unless the pane puts the
 * focus somewhere else itself (Message.leavesFocus).
 */
export function SectionMessage({ message }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message && !message.leavesFocus) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <MessageBar
      ref={ref}
      tabIndex={-1}
      intent={message.intent}
      role={message.intent === "error" ? "alert" : "status"}
      {...UNTITLED}
    >
      <MessageBarBody>{message.text}</MessageBarBody>
    </MessageBar>
  );
}
