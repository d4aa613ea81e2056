import ChronolexModel
import ChronolexReaders
import Foundation
import Testing

/// What the fuzzers of `Fuzz/` found, each kept as the exact outcome it must have.
/// The inputs are also in `Fuzz/Regressions/NAME/`, where `scripts/fuzz.sh` puts them
/// back into the corpus of their target.
@Suite("Fuzzing findings")
struct FuzzRegressionTests {
    // MARK: FuzzAddress

    /// `art. ⇥◌ု`: a combining mark after a control character became the article number;
    /// printed, it joined the space of `art. ` into one character and the address no
    /// longer parsed. Found by FuzzAddress (crash-bf69e289…).
    @Test func articleNumberStartingWithACombiningMark() {
        #expect(Address.parse("art. \t\u{102F}") == .failure(Address.ParseError(message: "'\u{102F}' is not an article number")))
        #expect(Address.parse("article \t\u{0301}") == .failure(Address.ParseError(message: "'\u{0301}' is not an article number")))
    }

    /// Tabs, carriage returns and other control characters are not part of a number.
    @Test func articleNumberWithControlCharacters() {
        #expect(Address.parse("art. 1\t2") == .failure(Address.ParseError(message: "'1\t2' is not an article number")))
        #expect(Address.parse("art. 1\u{0}") == .failure(Address.ParseError(message: "'1\u{0}' is not an article number")))
    }

    /// The input the fuzzer found, as it found it.
    @Test func articleNumberCrashInput() throws {
        let bytes: [UInt8] = [
            0x61, 0x72, 0x74, 0x2E, 0x20, 0xE2, 0x80, 0xAF, 0x0D, 0x0D, 0x0D, 0x0D, 0x0D, 0x0D, 0x0D, 0x0D,
            0x0D, 0x0D, 0x0D, 0x09, 0x0D, 0x0D, 0x0D, 0x0D, 0x09, 0x09, 0x09, 0x09, 0xE1, 0x80, 0xAF, 0x00,
            0x00, 0x00, 0x00, 0x00, 0x0D, 0x0D, 0x0D, 0x0D, 0x0D, 0x31, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00,
            0x00, 0x09, 0x09, 0x0D, 0x0D, 0x0D, 0x0D, 0x0D, 0x0D, 0x0D, 0x09, 0x09, 0x09, 0xD8, 0xF4, 0x78,
            0x78, 0x30, 0x78, 0x78, 0x78, 0x6C, 0x27, 0x78,
        ]
        let text = String(decoding: bytes, as: UTF8.self)
        guard case .failure(let error) = Address.parse(text) else {
            Issue.record("parsed: \(Address.parse(text))")
            return
        }
        #expect(error.message.hasPrefix("'\u{102F}\u{0}"))
        #expect(error.message.hasSuffix("' is not an article number"))
    }

    /// The same for the paragraph: `§ ⇥◌́` printed as `§ ◌́` read back as another paragraph.
    @Test func paragraphNumberStartingWithACombiningMark() {
        #expect(Address.parse("art. 1, § \t\u{0301}") == .failure(Address.ParseError(message: "'\u{0301}' is not a paragraph number")))
        #expect(Address.parse("art. 1, § 2\t3") == .failure(Address.ParseError(message: "'2\t3' is not a paragraph number")))
    }

    /// What the fuzzer checks of every address that parses, on the forms jurists write:
    /// printed (short and long), it parses back to the same address.
    @Test(arguments: [
        "art. 8, 2°, e)", "art. 3, § 2, al. 2", "art. 4/1", "art. L1122-30", "article 3, § 2, alinéa 2, 1°, a)",
        "Art. 1er, al. 1er, phrase 2", "art. 2, 1°bis, a/1), ii)", "art. 5, § 1er, tiret 3", "art. 22ter",
        "l'article 12, paragraphe 3, alinéa premier", "artikel 7, lid 2, zin 1", "art. 2/1, § 3/1, al. 4, 2/1°, b)",
        "art. XI.172", "art. D.29-1", "art. 1.1.1", "art. 1ère", "art. 1e\u{0300}re",
    ])
    func printedAddressesParseBack(_ text: String) throws {
        let address = try Address.parse(text).get()
        #expect(Address.parse(address.description) == .success(address))
        #expect(Address.parse(address.longDescription) == .success(address))
    }

    // MARK: FuzzMarkdown

    func errors(_ bytes: [UInt8], file: String = "fuzz.md") -> [String] {
        ActReader.read(bytes: bytes, file: file).diagnostics.filter { $0.severity == .error }.map(\.description)
    }

    func errors(_ text: String) -> [String] { errors(Array(text.utf8)) }

    /// YAML (libyaml, through Yams) also ends a line at NEL, LS and PS, and at a lone CR;
    /// the readers did so only at LF. The line of a YAML error after one was counted in
    /// YAML's lines, not the file's: `fuzz.md:91:` in a file of 24 lines. Found by
    /// FuzzMarkdown (crash-20a60c8a…, a lone CR). Inside a front matter line, NEL, LS and
    /// PS are spaces; a lone CR ends the line (see `linesEndingWithALoneCarriageReturn`).
    @Test(arguments: ["\u{2028}", "\u{2029}", "\u{85}"])
    func yamlErrorAfterALineSeparator(_ separator: String) {
        #expect(errors("---\ntitle-fr: a\(separator)b\ndate: a: b\nurl: x\n---\n**Art. 1.** x\n") == [
            "fuzz.md:3: front matter is not valid YAML: mapping values are not allowed in this context",
        ])
    }

    /// A title with a line separator inside is read with a space there.
    @Test func lineSeparatorInsideAFrontMatterValue() throws {
        let act = try #require(ActReader.read(text: "---\ntitle-fr: \"Arrêté\u{2028}royal\"\n---\n**Art. 1.** x\n", file: "fuzz.md").act)
        #expect(act.metadata.title == "Arrêté royal")
    }

    /// A lone CR ends a line of the front matter, for YAML and for the diagnostics alike:
    /// `title-fr: x`, 7 empty lines, `date: [` (line 10), the unclosed list is reported
    /// at the end of the front matter, the closing `---` on line 11.
    @Test func yamlErrorAfterLoneCarriageReturns() {
        #expect(errors("---\ntitle-fr: x\r\r\r\r\r\r\r\rdate: [\n---\n**Art. 1.** x\n") == [
            "fuzz.md:11: front matter is not valid YAML: while parsing a flow node: did not find expected node content",
        ])
    }

    /// The input the fuzzer found: the front matter of the constitution seed with 88 lone
    /// CRs in its first value. Counted as line ends, they make the file 111 lines long and
    /// line 90 (`be/eli/…`, the end of the URL) a key without a value; libyaml reports it
    /// where the next token starts, line 91. It was "line 91" of a file of 24 lines.
    @Test func yamlCrashInput() throws {
        let path = Paths.root.appendingPathComponent("Fuzz/Regressions/FuzzMarkdown/crash-20a60c8a1ea2a7658864d9b89d96bffdc1de650f").path
        let bytes = try #require(FileManager.default.contents(atPath: path).map { [UInt8]($0) })
        let result = ActReader.read(bytes: bytes, file: "fuzz.md")
        #expect(result.act == nil)
        #expect(result.diagnostics.map(\.location?.line) == [91])
        let lines = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n").split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" }
        #expect(lines.count == 111)
        #expect(lines[89] == "be/eli/loi/2021/03/17/2021201324/justel")
    }

    // MARK: Lines

    /// A file whose lines end with a lone CR (classic Mac OS, old Word exports) was read
    /// as one line: one article holding the text of all the others, with no diagnostic —
    /// a text that looks right and is not. A lone CR ends a line, like LF and CRLF.
    @Test func linesEndingWithALoneCarriageReturn() throws {
        let act = try readAct("Art. 1er. Premier.\rArt. 2. Second.\rAlinéa 2.\r", file: "mac.txt")
        #expect(addresses(act) == ["art. 1", "art. 2", "art. 2, al. 1", "art. 2, al. 2"])
        #expect(act.articles.map { $0.alineas.map(\.text) } == [["Premier."], ["Second.", "Alinéa 2."]])
        let markdown = try readAct("---\r\ntitle-fr: x\r---\r**Art. 1.** Un.\r\r**Art. 2.** Deux.\r", file: "mac.md")
        #expect(markdown.metadata.title == "x")
        #expect(markdown.articles.count == 2)
    }

    /// Lines are counted the same way in the diagnostics of bad bytes.
    @Test func lineOfANulByteAfterLoneCarriageReturns() {
        #expect(errors([0x41, 0x0D, 0x42, 0x0D, 0x0A, 0x43, 0x0D, 0x00]) == ["fuzz.md:4: binary data: NUL byte at offset 7; this is not a text file"])
    }
}
