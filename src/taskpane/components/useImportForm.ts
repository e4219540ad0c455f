// The import section's state: the sheets offered, the sheet and list chosen, the columns the user
// mapped, and the preview shown; and what each control does to them.
import { useState } from "react";
import type { ListId } from "../../domain/catalogue";
import type { ImportPreview, ImportRequest } from "../../excel/import";
import type { Message } from "../state";

/** The list choice that leaves the list to be recognised from the headings. */
export const RECOGNISE = "";
/** A column's choice that leaves it out. */
export const DO_NOT_IMPORT = "";

type RequestChange = Partial<{ sheet: string; list: string; choices: Map<string, string> }>;

export interface ImportCalls {
  listSheets: () => Promise<string[]>;
  preview: (request: ImportRequest) => Promise<ImportPreview>;
  onImport: (request: ImportRequest) => Promise<Message | undefined>;
}

export function useImportForm({ listSheets, preview, onImport }: ImportCalls) {
  const [sheets, setSheets] = useState<string[] | undefined>(undefined);
  const [sheet, setSheet] = useState("");
  const [list, setList] = useState<ListId | typeof RECOGNISE>(RECOGNISE);
  const [choices, setChoices] = useState<Map<string, string>>(new Map());
  const [shown, setShown] = useState<ImportPreview | undefined>(undefined);
  const [problem, setProblem] = useState<Message | undefined>(undefined);

  const request = (next: RequestChange = {}): ImportRequest => {
    const chosenList = next.list ?? list;
    return {
      sheet: next.sheet ?? sheet,
      choices: next.choices ?? choices,
      ...(chosenList ? { list: chosenList as ListId } : {}),
    };
  };
  const fail = (error: Error) => setProblem({ intent: "error", text: error.message });
  /** The sheets as they are now: read when the picker opens, so a sheet pasted since is there. */
  const handleFind = () =>
    listSheets().then((names) => {
      setSheets(names);
      if (!names.includes(sheet)) setSheet(names[0] ?? "");
    }, fail);
  const handlePreview = (next: RequestChange = {}) => {
    setProblem(undefined);
    return preview(request(next)).then(setShown, (error: Error) => {
      setShown(undefined);
      fail(error);
    });
  };
  const handleSheet = (name: string) => {
    setSheet(name);
    setChoices(new Map());
    setShown(undefined);
  };
  const handleList = (id: string) => {
    setList(id as ListId);
    setChoices(new Map());
    if (shown || problem) void handlePreview({ list: id, choices: new Map() });
  };
  const handleChoice = (heading: string, target: string) => {
    const next = new Map(choices);
    if (target === DO_NOT_IMPORT) next.delete(heading);
    else next.set(heading, target);
    setChoices(next);
    void handlePreview({ choices: next });
  };
  const handleImport = async (append: boolean) => {
    const done = await onImport({ ...request(), append });
    if (done) {
      setShown(undefined);
      void handleFind();
    }
  };

  return {
    sheets,
    sheet,
    list,
    shown,
    problem,
    handleFind,
    handlePreview,
    handleSheet,
    handleList,
    handleChoice,
    handleImport,
  };
}
