import ChronolexModel
import ChronolexReaders
import FuzzSupport

/// The plain eJustice text reader.
///
/// The bytes are kept as they are except what would send them to another reader: a
/// `#` or `*` that starts a line becomes `.`, and an HTML tag or `---` front matter on
/// the first non-blank line is pushed down by a title line. The reading must then be
/// plain text (or an error about the bytes themselves).
///
/// Asserts: no crash, no hang, no memory error; the invariants of `checkReading`; the
/// format is plain text whenever the bytes could be decoded.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var bytes = fuzzBytes(data, size)
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    var lineStart = true
    for i in bytes.indices {
        let byte = bytes[i]
        if lineStart, byte == UInt8(ascii: "#") || byte == UInt8(ascii: "*") { bytes[i] = UInt8(ascii: ".") }
        // A line starts after LF, after a lone CR (should lone CRs end lines), after the BOM.
        lineStart = byte == 0x0A || byte == 0x0D || (i == 2 && bytes.starts(with: bom))
    }
    // The first line with something else than blanks (NBSP included) would be a fence or
    // a tag if it has `-` or `<` near its start: a title line goes first then.
    let first = bytes.split(separator: 0x0A).first { line in
        line.contains { ![0x20, 0x09, 0x0D, 0xEF, 0xBB, 0xBF, 0xC2, 0xA0, 0xE2, 0x80, 0xAF].contains($0) }
    }
    if let first, first.prefix(80).contains(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "<") }) {
        bytes = Array("1er JANVIER 2020. - Loi relative au fuzzing.\n".utf8) + bytes
    }
    let result = readAndCheck(bytes, file: "fuzz.txt")
    if let format = result.format, format != .plainText {
        fuzzFailure("plain text read as \(format)", bytes)
    }
    return 0
}

/// The program's entry point (see `runFuzzer`): libFuzzer's driver, on `fuzz`.
@_cdecl("FuzzPlainText_main")
public func FuzzPlainTextMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzz)
}
