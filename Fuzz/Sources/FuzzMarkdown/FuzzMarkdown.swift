import ChronolexModel
import ChronolexReaders
import FuzzSupport

/// The markdown reader and the YAML front matter (through Yams).
///
/// An input that already looks like markdown (`---` front matter, `#` heading or `**`
/// bold heading first) is read as it is; any other is forced onto the markdown path by
/// a prefix chosen by its first byte: front matter opened (`---\n`, so the bytes are
/// YAML up to the next `---`), or a bold article heading (`**Art. 1.** `).
///
/// Asserts: no crash, no hang, no memory error; the invariants of `checkReading`; and,
/// with the `---\n` prefix, that the format reported is markdown.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = fuzzBytes(data, size)
    var bytes = input
    var forcedFrontMatter = false
    let looksLikeMarkdown = startsLikeMarkdown(input)
    if !looksLikeMarkdown, let first = input.first {
        if first & 1 == 0 {
            bytes = Array("---\n".utf8) + input
            forcedFrontMatter = true
        } else {
            bytes = Array("**Art. 1.** ".utf8) + input
        }
    }
    let result = readAndCheck(bytes, file: "fuzz.md")
    if forcedFrontMatter, let format = result.format, format != .markdown {
        fuzzFailure("front matter read as \(format)", bytes)
    }
    return 0
}

/// The program's entry point (see `runFuzzer`): libFuzzer's driver, on `fuzz`.
@_cdecl("FuzzMarkdown_main")
public func FuzzMarkdownMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzz)
}
