import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Message } from "../state";

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
    <MessageBar ref={ref} tabIndex={-1} intent={message.intent} role={message.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>{message.text}</MessageBarBody>
    </MessageBar>
  );
}
