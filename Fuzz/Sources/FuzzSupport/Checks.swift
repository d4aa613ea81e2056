import CFuzzer
import Glibc
import ChronolexModel
import ChronolexReaders

/// Stops the fuzzer with a message: libFuzzer records the input as a crash.
public func fuzzFailure(_ message: String, _ bytes: [UInt8]) -> Never {
    let shown = String(decoding: bytes.prefix(400), as: UTF8.self)
    fatalError("FUZZ INVARIANT: \(message)\n--- input (\(bytes.count) bytes, first 400 shown) ---\n\(shown)\n---")
}

/// The most lines a text can have as the readers count them: every LF and every lone
/// CR ends one (old Mac files), a last line
/// without a line end counts, and one more for "the end of the file".
public func lineCount(_ bytes: [UInt8]) -> Int {
    var lines = 1
    for i in bytes.indices where bytes[i] == 0x0A || (bytes[i] == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A)) {
        lines += 1
    }
    return lines + 1
}

/// What must hold of any reading, whatever the input:
/// - no act means at least one error (a failed reading says why);
/// - every diagnostic names the file it was given and, when it has a line, a line of
///   the file (1 ... lines + 1), and has a message;
/// - the diagnostics are in the order of the text.
public func checkReading(_ result: ReadResult, bytes: [UInt8], file: String) {
    if result.act == nil, !result.hasErrors {
        fuzzFailure("no act and no error: \(result.diagnostics)", bytes)
    }
    let maxLine = lineCount(bytes)
    var previous = 0
    for diagnostic in result.diagnostics {
        if diagnostic.file != file { fuzzFailure("diagnostic names file '\(diagnostic.file)', not '\(file)'", bytes) }
        if diagnostic.message.isEmpty { fuzzFailure("diagnostic with an empty message: \(diagnostic)", bytes) }
        if let line = diagnostic.location?.line {
            if line < 1 || line > maxLine { fuzzFailure("diagnostic line \(line) outside 1...\(maxLine): \(diagnostic)", bytes) }
            if line < previous { fuzzFailure("diagnostics out of order: \(result.diagnostics)", bytes) }
            previous = line
        }
    }
}

/// Reads bytes and checks the result; renders what was read with the cheap renderers.
@discardableResult
public func readAndCheck(_ bytes: [UInt8], file: String) -> ReadResult {
    let result = ActReader.read(bytes: bytes, file: file)
    checkReading(result, bytes: bytes, file: file)
    if let act = result.act {
        _ = TextRenderer.render(act)
        _ = OutlineRenderer.render(act)
    }
    return result
}

/// What must hold of an act read without error: the markdown Chronolex writes for it
/// reads again without error, to the same tree (`JSONRenderer(includeRanges: false)`).
/// Returns the act read again and its markdown.
@discardableResult
public func checkSameTreeThroughMarkdown(_ act: Act, bytes: [UInt8]) -> (again: Act, markdown: String) {
    let markdown = MarkdownRenderer.render(act)
    let second = ActReader.read(bytes: Array(markdown.utf8), file: "fuzz.md")
    guard let again = second.act, !second.hasErrors else {
        fuzzFailure("the markdown written from an act read without error does not read again: \(second.diagnostics)\n--- markdown ---\n\(markdown)", bytes)
    }
    let before = JSONRenderer(includeRanges: false).render(act)
    let after = JSONRenderer(includeRanges: false).render(again)
    if before != after {
        fuzzFailure("the tree changes through markdown:\n--- before ---\n\(before)\n--- after ---\n\(after)\n--- markdown ---\n\(markdown)", bytes)
    }
    return (again, markdown)
}

/// The input as the fuzzer gives it.
/// (libFuzzer may pass no pointer for the empty input.)
public func fuzzBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}

/// Whether the input already starts like markdown: front matter (`---`), a `#` heading
/// or a bold (`**`) article heading.
public func startsLikeMarkdown(_ bytes: [UInt8]) -> Bool {
    bytes.starts(with: Array("---".utf8)) || bytes.starts(with: Array("#".utf8)) || bytes.starts(with: Array("**".utf8))
}

/// Runs libFuzzer on `callback`.
///
/// SwiftPM links an executable with `--defsym main=<Module>_main` (so tests can import
/// it), which leaves `main` undefined when the module is parsed as a library and so has
/// none. Each target therefore defines `<Module>_main` with `@_cdecl` and calls this;
/// it hands argc/argv to libFuzzer's own driver, which reads libFuzzer's flags as its
/// `main` would.
public func runFuzzer(
    _ argc: CInt,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, callback)
}
