import ChronolexModel
import ChronolexReaders
import ChronolexXML
import FuzzSupport

/// Read → `MarkdownRenderer` → read again, with every renderer on the way.
///
/// Asserts: no crash, no hang, no memory error (libxml2 included, through
/// `HTMLRenderer`); when the first reading has no error, the markdown Chronolex writes
/// reads again with no error and gives the same tree (`JSONRenderer(includeRanges:
/// false)`), and writing it again gives the same markdown.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    let first = readAndCheck(bytes, file: "fuzz.md")
    guard let act = first.act else { return 0 }
    _ = JSONRenderer().render(act)
    _ = HTMLRenderer.render(act)
    _ = MarkdownRenderer.render(act)
    guard !first.hasErrors else { return 0 }
    let (again, markdown) = checkSameTreeThroughMarkdown(act, bytes: bytes)
    let markdownAgain = MarkdownRenderer.render(again)
    if markdownAgain != markdown {
        fuzzFailure("the markdown changes when written twice:\n--- first ---\n\(markdown)\n--- second ---\n\(markdownAgain)", bytes)
    }
    return 0
}

/// The program's entry point (see `runFuzzer`): libFuzzer's driver, on `fuzz`.
@_cdecl("FuzzRoundTrip_main")
public func FuzzRoundTripMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzz)
}
