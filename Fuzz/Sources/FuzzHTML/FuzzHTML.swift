import ChronolexModel
import ChronolexReaders
import ChronolexXML
import FuzzSupport

/// The Justel page reader (libxml2's HTML parser, then the plain-text reader).
///
/// Bytes that do not open like a page get `<!DOCTYPE html>` and a line end first, so
/// that every input goes to the HTML reader.
///
/// Asserts: no crash, no hang, no memory error (in libxml2 too); the invariants of
/// `checkReading`; the format is HTML; when the page reads without error, the markdown
/// Chronolex writes reads again without error into the same tree.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var bytes = fuzzBytes(data, size)
    if !ActReader.startsLikeHTML(bytes) {
        bytes = Array("<!DOCTYPE html>\n".utf8) + bytes
    }
    let result = readAndCheck(bytes, file: "fuzz.html")
    if result.format != .html, result.act != nil {
        fuzzFailure("a page read as \(String(describing: result.format))", bytes)
    }
    guard let act = result.act, !result.hasErrors else { return 0 }
    _ = HTMLRenderer.render(act)
    checkSameTreeThroughMarkdown(act, bytes: bytes)
    return 0
}

/// The program's entry point (see `runFuzzer`): libFuzzer's driver, on `fuzz`.
@_cdecl("FuzzHTML_main")
public func FuzzHTMLMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzz)
}
