// "Prepare to send" against the simulator: the workbook's file read slice by slice and closed, the
// clean copy (annex-a finalise's) opened as a new workbook, the open workbook's file untouched; an
// Office without the file says so; and the simulator refuses what Office refuses.
import { zipSync } from "fflate";
import JSZip from "jszip";
import { randomBytes } from "node:crypto";
import { listOf } from "../../src/domain/catalogue";
import { FINDINGS_SHEET } from "../../src/domain/findings";
import { FORMS } from "../../src/domain/form-choice";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { SELECTION_SHEET } from "../../src/domain/selection";
import { createAddinActions, type LiveListener } from "../../src/excel/addin-actions";
import type { AddinAsyncResult, AddinDocument, AddinFile } from "../../src/excel/excel-api";
import { ASYNC_STATUS, COMPRESSED, prepareToSend, readDocumentFile, SLICE_SIZE } from "../../src/excel/prepare-to-send";
import { MAX_OPEN_FILES, MAX_SLICE_SIZE, simulatedFiles } from "../../src/sim/office-file";
import { simulatedExcel } from "../../src/sim/excel-sim";
import { REFERENCE } from "../support/grids";
import { xlsxParts } from "../xlsx/build-xlsx";

const CIN = listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName;

/** A workbook's file with a list, and the tool's findings and Selection sheets. */
const workbookFile = (): Uint8Array =>
  zipSync(
    xlsxParts({
      sheets: [
        {
          name: CIN,
          xml: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Child ID</t></is></c></row></sheetData>`,
        },
        { name: FINDINGS_SHEET, xml: "<sheetData/>" },
        { name: SELECTION_SHEET, xml: "<sheetData/>" },
      ],
    }),
  );

const sheetNamesOf = async (bytes: Uint8Array) => {
  const workbook = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
  return [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((match) => match[1]);
};

const quiet: LiveListener = {
  onRecheck: () => undefined,
  onLiveSummary: () => undefined,
  onChecked: () => undefined,
  onInspection: () => undefined,
  onSelectionCounts: () => undefined,
  onCellSelected: () => undefined,
  onError: (error) => {
    throw error;
  },
};

/** getFileAsync as a promise, for the simulator's own refusals. */
const getFile = (document: AddinDocument, sliceSize: number) =>
  new Promise<AddinAsyncResult<AddinFile>>((resolve) => document.getFileAsync(COMPRESSED, { sliceSize }, resolve));

describe("Prepare to send", () => {
  it("opens the clean copy as a new workbook and says what was left out; the file is closed and unchanged", async () => {
    const file = workbookFile();
    const before = file.slice();
    const sim = simulatedFiles(file);
    const actions = createAddinActions(simulatedExcel().run, () => REFERENCE, quiet, FORMS, sim.files);

    const copy = await actions.prepareToSend(JTAI_NEGLECT_2017, { keepSelection: false });

    expect(sim.created).toHaveLength(1);
    expect(await sheetNamesOf(sim.created[0])).toEqual([CIN]);
    expect(copy.leftOut.sheets.map((sheet) => sheet.name)).toEqual([FINDINGS_SHEET, SELECTION_SHEET]);
    expect(copy.bytes).toBe(sim.created[0].length);
    expect(sim.openFiles()).toBe(0);
    expect(file).toEqual(before);
  });

  it("keeps the Selection sheet when asked, as --keep-selection does", async () => {
    const sim = simulatedFiles(workbookFile());
    const copy = await prepareToSend(sim.files, JTAI_NEGLECT_2017, { keepSelection: true });
    expect(await sheetNamesOf(sim.created[0])).toEqual([CIN, SELECTION_SHEET]);
    expect(copy.leftOut.sheets.map((sheet) => sheet.name)).toEqual([FINDINGS_SHEET]);
  });

  it("reads a file of many slices back whole, in order", async () => {
    const bytes = new Uint8Array(randomBytes(SLICE_SIZE * 3 + 123));
    const sim = simulatedFiles(bytes);
    expect(await readDocumentFile(sim.files.document!)).toEqual(bytes);
    expect(sim.openFiles()).toBe(0);
  });

  it("says plainly when this Office cannot give the workbook's file, and opens nothing", async () => {
    const sim = simulatedFiles(undefined);
    await expect(prepareToSend(sim.files, JTAI_NEGLECT_2017)).rejects.toThrow(
      /cannot give the add-in its workbook's file .*annex-a finalise/,
    );
    await expect(prepareToSend(undefined, JTAI_NEGLECT_2017)).rejects.toThrow(/cannot give the add-in/);
    expect(sim.created).toHaveLength(0);
  });

  it("says plainly when this Excel cannot open a new workbook (ExcelApi 1.8)", async () => {
    const sim = simulatedFiles(workbookFile(), { createWorkbook: false });
    await expect(prepareToSend(sim.files, JTAI_NEGLECT_2017)).rejects.toThrow(/cannot open a new workbook/);
    expect(sim.openFiles()).toBe(0);
  });

  it("closes the file when a slice fails, and says what failed", async () => {
    let closed = false;
    const failing: AddinDocument = {
      getFileAsync: (_type, _options, callback) =>
        callback({
          status: ASYNC_STATUS.succeeded,
          value: {
            size: 10,
            sliceCount: 1,
            getSliceAsync: (_index, sliceCallback) =>
              sliceCallback({
                status: ASYNC_STATUS.failed,
                value: undefined!,
                error: {
                  code: 11001,
                  name: "Network",
                  message: "A network problem has prevented retrieval of the file.",
                },
              }),
            closeAsync: (closeCallback) => {
              closed = true;
              closeCallback?.({ status: ASYNC_STATUS.succeeded, value: undefined, error: undefined! });
            },
          },
          error: undefined!,
        }),
    };
    await expect(
      prepareToSend({ document: failing, createWorkbook: async () => undefined }, JTAI_NEGLECT_2017),
    ).rejects.toThrow(/^Could not read the workbook's file: A network problem/);
    expect(closed).toBe(true);
  });
});

describe("the simulated document refuses what Office refuses", () => {
  it("a slice size over 4 MB (Office.GetFileOptions.sliceSize: the maximum is 4194304)", async () => {
    const sim = simulatedFiles(workbookFile());
    expect((await getFile(sim.files.document!, MAX_SLICE_SIZE + 1)).status).toBe(ASYNC_STATUS.failed);
    expect((await getFile(sim.files.document!, MAX_SLICE_SIZE)).status).toBe(ASYNC_STATUS.succeeded);
  });

  it("a third file open at once (Office.File.closeAsync: no more than two documents in memory)", async () => {
    const sim = simulatedFiles(workbookFile());
    const opened: AddinAsyncResult<AddinFile>[] = [];
    for (let index = 0; index < MAX_OPEN_FILES; index++) opened.push(await getFile(sim.files.document!, SLICE_SIZE));
    expect(opened.map((result) => result.status)).toEqual([ASYNC_STATUS.succeeded, ASYNC_STATUS.succeeded]);
    expect((await getFile(sim.files.document!, SLICE_SIZE)).status).toBe(ASYNC_STATUS.failed);
    await new Promise((resolve) => opened[0].value.closeAsync(resolve));
    expect((await getFile(sim.files.document!, SLICE_SIZE)).status).toBe(ASYNC_STATUS.succeeded);
  });
});
