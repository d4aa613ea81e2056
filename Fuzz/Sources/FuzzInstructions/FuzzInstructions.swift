import ChronolexAmendments
import ChronolexModel
import ChronolexReaders
import FuzzSupport

/// The instruction reader (`InstructionReader.read`): the bytes are read as an act (any
/// format; an input that does not start like markdown gets `**Art. 1er.** ` in front,
/// so its words are an article of an amending act), then read as instructions, and the
/// edits are written as JSON and as text.
///
/// Asserts: no crash, no hang, no memory error; the reading's invariants
/// (`checkReading`); an edit that could not be read (`error`) comes with at least one
/// error diagnostic; every diagnostic names the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = fuzzBytes(data, size)
    let looksLikeMarkdown = startsLikeMarkdown(input)
    let bytes = looksLikeMarkdown ? input : Array("**Art. 1er.** ".utf8) + input
    let reading = readAndCheck(bytes, file: "fuzz.md")
    guard let act = reading.act else { return 0 }
    let result = InstructionReader.read(act, file: "fuzz.md")
    _ = EditRenderer.json(result.edits)
    _ = EditRenderer.text(result.edits)
    if result.edits.contains(where: { $0.error != nil }), !result.hasErrors {
        fuzzFailure("an edit with an error and no error diagnostic: \(result.edits.filter { $0.error != nil })", bytes)
    }
    for diagnostic in result.diagnostics where diagnostic.file != "fuzz.md" {
        fuzzFailure("diagnostic names file '\(diagnostic.file)': \(diagnostic)", bytes)
    }
    return 0
}

/// The program's entry point (see `runFuzzer`): libFuzzer's driver, on `fuzz`.
@_cdecl("FuzzInstructions_main")
public func FuzzInstructionsMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzz)
}
