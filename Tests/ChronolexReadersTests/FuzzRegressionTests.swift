import ChronolexModel
@testable import ChronolexReaders
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
        // Not YAML, read line by line (issue 13): the value's error is at the file's line too.
        #expect(errors("---\ntitle-fr: a\(separator)b\ndate: a: b\nurl: x\n---\n**Art. 1.** x\n") == [
            "fuzz.md:3: front matter key 'date': 'a: b' is not a date (expected 2014-05-22 or 22-05-2014)",
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
        // Not YAML, read line by line (issue 13): `date: [` is line 10 of the file.
        #expect(errors("---\ntitle-fr: x\r\r\r\r\r\r\r\rdate: [\n---\n**Art. 1.** x\n") == [
            "fuzz.md:10: front matter key 'date': '[' is not a date (expected 2014-05-22 or 22-05-2014)",
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

    // MARK: FuzzRoundTrip

    /// A quotation opened in the preamble and going on over several lines, one of them
    /// blank: the blank line became an empty line of the preamble's text, so the act
    /// read from Chronolex's own markdown (which writes each line as its own block)
    /// gained a blank line per line break. Blank lines inside a quotation leave no trace,
    /// in the preamble as in an article. Found by FuzzRoundTrip (crash-5f719df3…).
    @Test func blankLinesInsideAQuotationOfThePreamble() throws {
        let act = try readAct("Vu la loi \"du 1er\n\nmars\n  2000\" ;\n\n**Art. 1.** Texte.\n")
        #expect(act.preamble.map(\.text) == ["Vu la loi «du 1er\nmars\n2000» ;"])
        #expect(dump(try roundTrip(act)) == dump(act))
    }

    /// The same in the text between a division heading and its first article.
    @Test func blankLinesInsideAQuotationOfADivisionIntro() throws {
        let act = try readAct("## Chapitre 1er. Titre\n\nIntro « un\n\ndeux ».\n\n**Art. 1.** Texte.\n")
        #expect(dump(try roundTrip(act)) == dump(act))
    }

    /// The input the fuzzer found, as it found it.
    @Test func roundTripCrashInput() throws {
        let path = Paths.root.appendingPathComponent("Fuzz/Regressions/FuzzRoundTrip/crash-5f719df3ea7556d9370772527d123fd391f92ae5").path
        let bytes = try #require(FileManager.default.contents(atPath: path).map { [UInt8]($0) })
        let act = try #require(ActReader.read(bytes: bytes, file: "fuzz.md").act)
        #expect(dump(try roundTrip(act)) == dump(act))
    }

    /// A Justel marker on a quoted line written as a markdown list item (`1. `), the
    /// way Justel writes the points of a replacement text: the item's `1.` becomes `1°`,
    /// one byte longer, after the marker's place had been taken, so the marker moved
    /// one character to the left at each reading. Found by FuzzRoundTrip (crash-1e94329b…).
    @Test func justelMarkerOnAQuotedListItem() throws {
        let act = try readAct("""
        ---
        title-fr: "Loi. (NOTE : mise à jour au 29-12-2016)"
        ---

        **Art. 1.** L'article 2 est remplacé par ce qui suit :

        « Art. 2. Les accueillants peuvent :

        1. obtenir un subside de [1 124,35]1 euros ;

        2. obtenir [2 un autre]2 subside. »

        `(1)<L 2000-06-26/42, art. 4, 006; En vigueur : 01-01-2002>`

        `(2)<L 2000-06-26/42, art. 5, 006; En vigueur : 01-01-2002>`
        """, file: "justel.md")
        let alinea = act.articles[0].alineas[0]
        let bytes = Array(alinea.text.utf8)
        #expect(alinea.marks.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) } == ["124,35", "un autre"])
        #expect(dump(try roundTrip(act)) == dump(act))
    }

    /// Words opening with a dash right after an article heading: the reader takes one
    /// dash there for the heading's separator (`Art. 2. - Le Roi…`), so `**Art. 2.**---`
    /// read `-- …` and Chronolex wrote `**Art. 2.** -- …`, which read `- …`, a dash
    /// point. The writer now puts the separator before such words. Found by
    /// FuzzRoundTrip (crash-f4abbb97…).
    @Test(arguments: [
        "**Art. 2.**--- Pour l'application du présent décret :\n",
        "**Art. 1.** - - Pour :\n\n- un ;\n\n- deux.\n",
        "**Art. 3.** -- Trois.\n",
        "**Art. 4.** – — Quatre\n",
        "**Art. 5.**\n\n- cinq ;\n\n- six.\n",
    ])
    func wordsOpeningWithADashAfterAnArticleHeading(_ text: String) throws {
        let act = try readAct(text)
        let again = try roundTrip(act)
        #expect(dump(again) == dump(act))
        #expect(MarkdownRenderer.render(again) == MarkdownRenderer.render(act))
    }

    /// An article whose first alinéa only introduces dashes. Chronolex wrote the first dash
    /// on the heading's line, `**Article 1er.** - Texte.`, which reads back as the
    /// heading's own dash (`Art. 4 - Texte`) and a text: the dash point was lost. Found by
    /// FuzzRoundTrip.
    @Test(arguments: ["Art. 1er.\n- Texte.\n", "Art. 1er. -- Texte.\n", "**Article 1er.**\n\n- Texte.\n"])
    func dashRightAfterAnArticleHeading(_ text: String) throws {
        let act = try readAct(text, file: "dash.txt")
        let dashes = act.articles[0].alineas.flatMap(\.points).filter { $0.label.kind == .dash }
        #expect(dashes.map(\.text) == ["Texte."])
        #expect(dump(try roundTrip(act)) == dump(act))
    }

    /// A quotation opened before the articles goes on over several lines, joined by one
    /// line break. Chronolex writes one block per line (a blank line between them), and
    /// the reader took the blank line inside the quotation for a line of its own: each
    /// round trip doubled the line breaks (`a\nb` → `a\n\nb` → …). Found by FuzzRoundTrip.
    @Test func lineBreakInsideAQuotationBeforeTheArticles() throws {
        let act = try readAct("Vu \u{AB} a\nb \u{BB};\nArt. 1er. Texte.\n", file: "quote.txt")
        #expect(act.preamble.map(\.text) == ["Vu \u{AB} a\nb \u{BB};"])
        let again = try roundTrip(act)
        #expect(again.preamble.map(\.text) == ["Vu \u{AB} a\nb \u{BB};"])
        #expect(dump(again) == dump(act))
        // A blank line inside the quotation adds no line to its text.
        let blank = try readAct("Vu \u{AB} a\n\nb \u{BB};\nArt. 1er. Texte.\n", file: "quote.txt")
        #expect(blank.preamble.map(\.text) == ["Vu \u{AB} a\nb \u{BB};"])
    }

    /// A quotation opened with a straight quote and closed with ” or » (marks mixed by
    /// the writer): the closing mark was written » but closed nothing, so the quotation
    /// ran on over the next alinéas — and read again, the » closed it. A » or ” now
    /// closes the quotation however it was opened. Found by FuzzRoundTrip (crash-ce80ab81…).
    @Test(arguments: ["\u{201D}", "»"])
    func quotationOpenedStraightClosedTypographic(_ closing: String) throws {
        let act = try readAct("**Art. 1.** Les mots \"produit\nfini\(closing) sont remplacés.\n\nDeuxième alinéa.\n")
        #expect(act.articles[0].alineas.map(\.text) == ["Les mots «produit\nfini» sont remplacés.", "Deuxième alinéa."])
        #expect(dump(try roundTrip(act)) == dump(act))
    }

    /// A closing ” with nothing open is reported, like a closing ».
    @Test func strayClosingCurlyQuote() {
        let result = ActReader.read(text: "**Art. 1.** Un mot\u{201D} de trop.\n", file: "fuzz.md")
        #expect(result.diagnostics.map(\.description) == ["fuzz.md:1: warning: closing quotation mark \u{201D} with no opening one"])
    }

    /// Every input FuzzRoundTrip found, kept in `Fuzz/Regressions/FuzzRoundTrip/`: read
    /// without error, the markdown Chronolex writes reads again without error and gives the
    /// same tree. `quotes-unbalanced-after-writing.md`: writing normalises the straight
    /// quotes of a text that also holds « and », and the written quotes no longer balance
    /// (`again.md:28: Art. 2er: quotation opened here is never closed`).
    @Test(arguments: ((try? FileManager.default.contentsOfDirectory(atPath: Paths.root.appendingPathComponent("Fuzz/Regressions/FuzzRoundTrip").path)) ?? []).sorted())
    func roundTripFinding(_ name: String) throws {
        let path = Paths.root.appendingPathComponent("Fuzz/Regressions/FuzzRoundTrip").appendingPathComponent(name).path
        let bytes = try #require(FileManager.default.contents(atPath: path).map { [UInt8]($0) })
        let first = ActReader.read(bytes: bytes, file: name)
        #expect(!first.hasErrors, "\(first.diagnostics)")
        let act = try #require(first.act)
        let again = ActReader.read(text: MarkdownRenderer.render(act), file: "again.md")
        #expect(!again.hasErrors, "\(again.diagnostics)")
        #expect(again.act.map(dump) == dump(act))
    }

    /// A `"` inside « » is a character of the quoted text; the next `"` on the line, after
    /// the », has no partner: it was written « and opened a quotation that never closed
    /// once the markdown was read again. It is kept as written, with a warning.
    /// Found by FuzzRoundTrip (`quotes-unbalanced-after-writing.md`).
    @Test func straightQuoteWithNoPartnerAfterAQuotation() throws {
        let result = ActReader.read(text: "**Art. 1.** Les mots « un \" deux » et trois\" sont remplacés.\n", file: "fuzz.md")
        #expect(result.diagnostics.map(\.description) == ["fuzz.md:1: warning: straight quotation mark with no partner on its line: kept as written"])
        let act = try #require(result.act)
        #expect(act.articles[0].alineas.map(\.text) == ["Les mots « un \" deux » et trois\" sont remplacés."])
        #expect(dump(try roundTrip(act)) == dump(act))
    }

    /// A line that starts like a Justel footnote (`` `(1)<… ``) but does not end like one
    /// made the file a consolidation, so its markers were read; written back with a
    /// marker around that line, the file no longer looked like one and the markers
    /// stayed in the words. Only whole footnote lines make a consolidation now.
    /// Found by FuzzRoundTrip (crash-291e6ce6…).
    @Test func lineStartingLikeAFootnoteIsNotOne() throws {
        let text = "**Art. 1er.** Majoré de [2 septante]2 décimes.\n\n`(2)<L 2000-06-26/42, art. 4, 006>\n"
        let act = try readAct(text)
        #expect(act.articles[0].alineas.map(\.text) == ["Majoré de [2 septante]2 décimes.", "`(2)<L 2000-06-26/42, art. 4, 006>"])
        #expect(act.articles[0].alineas.allSatisfy { $0.marks.isEmpty })
        #expect(dump(try roundTrip(act)) == dump(act))
        // Whole, the same line is a footnote, and the marker is read.
        let justel = try readAct(text.replacingOccurrences(of: "006>\n", with: "006>`\n"))
        #expect(justel.articles[0].alineas.map(\.text) == ["Majoré de septante décimes."])
        #expect(justel.articles[0].footnotes.map(\.number) == [2])
    }

    /// A footnote line before the first article is dropped (with a warning), so it cannot
    /// make the file a consolidation: it did, the article's markers were read, and the
    /// markdown written without that footnote read them back as words. Found by
    /// FuzzRoundTrip (crash-682565a9…).
    @Test func footnoteBeforeTheArticlesDoesNotMakeAConsolidation() throws {
        let text = "`(2)<AR 2024-03-06/04, art. 8, 005>`\n**Art. 6.** L'employeur [1 agréé]1 paie.\n"
        let result = ActReader.read(text: text, file: "fuzz.md")
        let act = try #require(result.act)
        #expect(act.articles[0].alineas.map(\.text) == ["L'employeur [1 agréé]1 paie."])
        #expect(dump(try roundTrip(act)) == dump(act))
        // After an article, the same line makes the file a consolidation.
        let justel = try readAct("**Art. 6.** L'employeur [1 agréé]1 paie.\n\n`(1)<AR 2024-03-06/04, art. 8, 005>`\n")
        #expect(justel.articles[0].alineas.map(\.text) == ["L'employeur agréé paie."])
    }

    /// `**Article 1er."*` is no heading (`1er."` is no number), but the same line written
    /// with the quote normalised, `**Article 1er.«*`, was one: the number stopped at the
    /// first byte of «, as it does at a no-break space. A number now stops at a no-break
    /// space only. Found by FuzzRoundTrip (crash-8027fbab…).
    @Test func quotationMarkRightAfterAnArticleNumber() throws {
        for text in ["**Article 1er.\"* Le présent\nfin\" ;\n**Article 1er.** Texte.\n",
                     "**Article 1er.«* Le présent\nfin» ;\n**Article 1er.** Texte.\n"] {
            let act = try readAct(text)
            #expect(act.articles.map(\.number) == ["1er"])
            #expect(act.preamble.count == 1)
            #expect(dump(try roundTrip(act)) == dump(act))
        }
        // A no-break space after the number still ends it.
        #expect(try readAct("Art. 1er.\u{A0}Texte.\n").articles.map(\.number) == ["1er"])
    }

    /// A space before a closing marker belongs to the marker (`texte ]1.` → `texte.`),
    /// but not when a word follows the marker at once (`particuliers ]3qui`): taking it
    /// joined two words. Written back, a bare `]` (which kept the space) became `]3`,
    /// which lost it. Found by FuzzRoundTrip (crash-ee11c8cf…).
    @Test func spaceBeforeAClosingMarkerFollowedByAWord() throws {
        let footnote = "\n\n`(3)<L 2025-12-19/18, art. 2, 011; En vigueur : 01-02-2026>`\n"
        for closing in ["]3", "]"] {
            let act = try readAct("**Art. 1.** [3 Pour les particuliers \(closing)qui ne sont pas.]3 Fin ]3." + footnote)
            #expect(act.articles[0].alineas[0].text.hasPrefix("Pour les particuliers qui ne sont pas."))
            #expect(dump(try roundTrip(act)) == dump(act))
        }
        let act = try readAct("**Art. 1.** [3 Un texte ]3." + footnote)
        #expect(act.articles[0].alineas.map(\.text) == ["Un texte."])
    }
}

/// What FuzzHTML found: each a page read without error whose markdown did not read back to
/// the same tree. The fuzzer's own inputs are in `Fuzz/Regressions/FuzzHTML/` when they were
/// made from the hand-written seeds; those it made from `../shared`'s pages are not kept
/// (they would copy the corpus into the repository): the small invented pages here
/// reproduce each finding.
extension FuzzRegressionTests {
    static func page(title: String = "17 MAI 2007. - Arrêté royal relatif aux essais.", source: String = "SECURITE SOCIALE",
                     preamble: String = "Vu la loi;", text: String) -> String {
        """
        <HTML><BODY><A name="titre"></A><table><tr><th>Titre</th></tr><tr><th><b>\(title)</b><br>
        <b>Source : </b>\(source)<br><b>Dossier num&eacute;ro : </b> 2007-05-17/42</th></tr></table>
        <A name="texte"></A><table><tr><th>Texte</th></tr><tr><th>\(text)</th></tr></table>
        <A name="preambule"></A><table><tr><th>Préambule</th></tr><tr><th>\(preamble)</th></tr></table></BODY></HTML>
        """
    }

    /// Markdown written from a page, read again: no error, the same tree.
    func expectSameTreeThroughMarkdown(_ page: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let first = ActReader.read(text: page, file: "page.html")
        let act = try #require(first.act, sourceLocation: sourceLocation)
        #expect(!first.hasErrors, "\(first.diagnostics)", sourceLocation: sourceLocation)
        #expect(dump(try roundTrip(act)) == dump(act), sourceLocation: sourceLocation)
    }

    /// Two Justel notes in a title: the first reading took one, the markdown's reading the
    /// other (crash-19208d80…).
    @Test func titleWithTwoNotesLosesBothAtOnce() throws {
        let page = Self.page(title: "17 MAI 2007. - Loi relative aux essais. (NOTA : Raadpleging tot 01-02-2021) (NOTE : Consultation et mise à jour au 29-05-2018)",
                             text: "<A NAME='Art.1'>Art.</A> <A HREF='#Art.2'>1</A>. Texte.")
        let act = try #require(ActReader.read(text: page, file: "page.html").act)
        #expect(act.metadata.title == "Loi relative aux essais.")
        #expect(act.metadata.justelNote == "NOTA : Raadpleging tot 01-02-2021 ; NOTE : Consultation et mise à jour au 29-05-2018")
        #expect(act.metadata.consolidatedOn == LegalDate("2018-05-29"))
        try expectSameTreeThroughMarkdown(page)
    }

    /// A marker with no footnote under its article was kept, then written back as words
    /// (a text without footnotes is no Justel consolidation) (crash-1193a9b6…).
    @Test func markerWithoutFootnoteIsDropped() throws {
        let page = Self.page(text: "<A NAME='Art.1'>Art.</A> <A HREF='#Art.2'>1</A>. Le montant est de [<sup>1</sup> 25 euros]<sup>1</sup>.")
        let result = ActReader.read(text: page, file: "page.html")
        #expect(result.diagnostics.map(\.message) == ["Justel marker [1 in Art. 1 has no footnote (1) under the article: its words are kept without provenance"])
        #expect(result.act?.articles.first?.alineas.first?.text == "Le montant est de 25 euros.")
        #expect(result.act?.articles.first?.alineas.first?.marks == [])
        try expectSameTreeThroughMarkdown(page)
    }

    /// The page's preamble did not go through the reader, whose quotation checks the
    /// markdown's preamble meets (crash-0fd21c1e…).
    @Test func pagePreambleIsReadLikeAnyPreamble() throws {
        let page = Self.page(preamble: "Vu la loi « du 1er mai 2000 » ;<br>PHILIPPE, Roi des Belges,",
                             text: "<A NAME='Art.1'>Art.</A> <A HREF='#Art.2'>1</A>. Texte.")
        let act = try #require(ActReader.read(text: page, file: "page.html").act)
        #expect(act.preamble.map(\.text) == ["Vu la loi « du 1er mai 2000 » ;", "PHILIPPE, Roi des Belges,"])
        try expectSameTreeThroughMarkdown(page)
        // Its quotations are checked as any preamble's: one never closed is said, and (look
        // 42) ends before the first article heading Justel anchors, the act read whole.
        let unbalanced = Self.page(preamble: "Vu la loi \"du 1er mai 2000;", text: "<A NAME='Art.1'>Art.</A> <A HREF='#Art.2'>1</A>. Texte.")
        let read = ActReader.read(text: unbalanced, file: "page.html")
        #expect(read.diagnostics.contains { $0.severity == .warning && $0.message.hasPrefix("quotation opened here is not closed before « Art. 1. Texte. »") }, "\(read.diagnostics)")
        #expect(read.act?.articles.map(\.number) == ["1"])
    }

    /// A Latin-1 page gives C1 control characters, which the front matter wrote unescaped
    /// and YAML refused (crash-112f1418…); an empty `Source :` became `""`, read back as
    /// none (crash-3b8b6181…).
    @Test func controlCharactersAndEmptyValuesInTheTitleBox() throws {
        var bytes = Array(Self.page(title: "17 MAI 2007. - Loi X relative aux essais.", source: " ",
                                    text: "<A NAME='Art.1'>Art.</A> <A HREF='#Art.2'>1</A>. Texte.").utf8)
        bytes[bytes.firstIndex(of: UInt8(ascii: "X"))!] = 0x85 // not UTF-8: the page is read as Latin-1
        let result = ActReader.read(bytes: bytes, file: "page.html")
        let act = try #require(result.act)
        // (Look 42: a C1 control is read as a space, and said.)
        #expect(act.metadata.title == "Loi   relative aux essais.")
        #expect(result.diagnostics.contains { $0.message.hasPrefix("the title box holds control characters") })
        #expect(act.metadata.source == nil)
        #expect(dump(try roundTrip(act)) == dump(act))
    }
}

extension FuzzRegressionTests {
    /// An alinéa of a plain text or a page that begins with `1. ` was written as a markdown
    /// list item and read back as point 1° (crash-673fae48…, crash-a8b87249…): it is
    /// written `1\. ` and read as the words `1. `, at a line's start, after a heading,
    /// after Justel's markers and inside a quotation.
    @Test func wordsThatBeginLikeAListItemStayWords() throws {
        let plain = """
            Art. 1. 1. Le Roi fixe les montants.
            2/1. Le second alinéa.
            Art. 2. Il est inséré un alinéa rédigé comme suit :
            « 3. Les montants sont indexés. »
            """
        let act = try readAct(plain, file: "plain.txt")
        #expect(act.articles[0].alineas.map(\.text) == ["1. Le Roi fixe les montants.", "2/1. Le second alinéa."])
        let markdown = MarkdownRenderer.render(act)
        #expect(markdown.contains("**Article 1.** 1\\. Le Roi"))
        #expect(markdown.contains("« 3\\. Les montants"))
        #expect(markdown.contains("\n2/1\\. Le second"))
        #expect(dump(try roundTrip(act)) == dump(act))
        let page = Self.page(text: "<A NAME='Art.1'>Art.</A> <A HREF='#Art.2'>1</A>. Texte.<BR>[<sup>1</sup> 1. Avant]<sup>1</sup><BR>----------<BR>(1)&lt;L 2020-01-10/01, art. 2, 003; En vigueur : 01-02-2020&gt;")
        try expectSameTreeThroughMarkdown(page)
        // Markdown's own list items are still points.
        #expect(addresses(try readAct("**Art. 1.** Sont visés :\n\n1. les uns;\n\n2. les autres.\n")) == ["art. 1", "art. 1, 1°", "art. 1, 2°"])
    }
}

extension FuzzRegressionTests {
    /// A span kept the space before its closing marker when a word followed (`travail
    /// ]2qui`); written back where no word follows, the reader took that space as the
    /// marker's own (crash-1ff12348…). A span now ends at its last word.
    @Test func markedSpanEndsAtAWord() throws {
        let act = try readAct("**Art. 1.** Le [1 travail ]1qui suit [2 et le repos ]2.\n\n`(1)<L 2000-01-01/01, art. 1, 001; En vigueur : 01-01-2000>`\n\n`(2)<L 2000-01-01/01, art. 2, 001; En vigueur : 01-01-2000>`\n")
        let alinea = act.articles[0].alineas[0]
        #expect(alinea.text == "Le travail qui suit et le repos.")
        #expect(alinea.marks == [JustelMark(footnote: 1, start: 3, end: 10), JustelMark(footnote: 2, start: 20, end: 31)])
        #expect(dump(try roundTrip(act)) == dump(act))
    }
}

extension FuzzRegressionTests {
    /// Words of a plain text or page that begin like markup — `#` (a heading), a line of
    /// dashes (Justel's footnote separator), a backtick (a footnote) — were markup once
    /// written as markdown (crash-a117c468…, crash-ce468ede…): they are escaped with a
    /// backslash the reader drops.
    @Test func wordsThatBeginLikeMarkupStayWords() throws {
        let page = Self.page(text: "<A NAME='Art.1'>Art.</A> <A HREF='#Art.2'>1</A>. Le texte suit.<BR>#nbsp; reste du texte.<BR>----------<BR>`(1)` n'est pas une note.")
        let act = try #require(ActReader.read(text: page, file: "page.html").act)
        // In a page the dashes are Justel's separator: the line after is read as a footnote
        // when it is one, and `(1)` here is not.
        #expect(act.articles[0].alineas.map(\.text) == ["Le texte suit.", "#nbsp; reste du texte.", "`(1)` n'est pas une note."])
        let markdown = MarkdownRenderer.render(act)
        #expect(markdown.contains("\n\\#nbsp;"))
        #expect(markdown.contains("\n\\`(1)`"))
        try expectSameTreeThroughMarkdown(page)
        let dashes = Self.page(text: "<A NAME='Art.1'>Art.</A> <A HREF='#Art.2'>1</A>. Le texte suit : « <BR>---------- »")
        try expectSameTreeThroughMarkdown(dashes)
    }
}

extension FuzzRegressionTests {
    /// `(0)<…>` was read as footnote 0, which markdown writes as a bare note of repeal
    /// (crash-849e2c4a…): Justel numbers footnotes from 1, so it is text.
    @Test func footnoteZeroIsText() throws {
        let page = Self.page(text: "<A NAME='Art.1'>Art.</A> <A HREF='#Art.2'>1</A>. Het bedrag is 25 euro.<BR>----------<BR>(0)&lt;W 2021-01-05/01, art. 2, 002; Inwerkingtreding : 01-02-2021&gt;")
        let act = try #require(ActReader.read(text: page, file: "page.html").act)
        #expect(act.articles[0].footnotes.isEmpty)
        #expect(act.articles[0].alineas.map(\.text) == ["Het bedrag is 25 euro.", "(0)<W 2021-01-05/01, art. 2, 002; Inwerkingtreding : 01-02-2021>"])
        try expectSameTreeThroughMarkdown(page)
    }
}

extension FuzzRegressionTests {
    /// A division's footnote, in a page whose articles have none: markdown wrote it under
    /// the heading, where a text was not taken for a consolidation — footnotes were looked
    /// for from the first article on (crash-816ca6f2…). They are from the first heading on.
    @Test func aDivisionsFootnoteMakesAConsolidation() throws {
        let page = Self.page(text: "<A NAME='LNK0001'>Chapitre 1er</A> [<sup>1</sup> Disposition générale]<sup>1</sup><BR>----------<BR>(1)&lt;Inséré par AR 2024-03-06/04, art. 2, 005; En vigueur : 25-04-2024&gt;<BR><A NAME='Art.1'>Art.</A> <A HREF='#Art.2'>1</A>. Texte.")
        try expectSameTreeThroughMarkdown(page)
        let markdown = try readAct("## Chapitre 1er. [1 Disposition générale]1\n\n`(1)<Inséré par AR 2024-03-06/04, art. 2, 005; En vigueur : 25-04-2024>`\n\n**Art. 1.** Texte.\n")
        guard case .division(let chapter) = markdown.body[0] else { Issue.record("no division"); return }
        #expect(chapter.heading == "Disposition générale")
        #expect(chapter.footnotes.map(\.number) == [1])
        #expect(chapter.intro.isEmpty)
    }
}

extension FuzzRegressionTests {
    /// A closing marker glued to digits of the text: `[1 ]110. La personne` was read as
    /// `]110` (crash-fc9fe5fc…). It closes the open marker its longest prefix names.
    @Test func closingMarkerGluedToDigits() throws {
        let act = try readAct("Art. 1. [1 ]110. La personne est reconnue.\n----------\n(1)<L 2000-01-01/01, art. 1, 001; En vigueur : 01-01-2000>\nArt. 2. [11 Texte ]110 euros.\n----------\n(11)<L 2000-01-01/01, art. 2, 001; En vigueur : 01-01-2000>\n", file: "plain.txt")
        #expect(act.articles[0].alineas[0].text == "10. La personne est reconnue.")
        #expect(act.articles[1].alineas[0].text == "Texte 0 euros.")
        #expect(act.articles[1].alineas[0].marks == [JustelMark(footnote: 11, start: 0, end: 5)])
        // In markdown, `10.` after the empty marker is escaped (`[1 ]110\.`): not a list item.
        #expect(MarkdownRenderer.render(act).contains("[1 ]110\\. La personne"))
        #expect(dump(try roundTrip(act)) == dump(act))
    }
}

extension FuzzRegressionTests {
    /// A dash point whose words are dashes, `- --------`, was escaped as if it were Justel's
    /// separator (crash-1b57285e…): only a line of dashes alone is.
    @Test func aDashPointOfDashesIsNoSeparator() throws {
        let page = Self.page(text: "<A NAME='Art.1'>Art.</A> <A HREF='#Art.2'>1</A>. Le texte suit :<BR>- --------<BR>Fin.")
        let act = try #require(ActReader.read(text: page, file: "page.html").act)
        #expect(act.articles[0].alineas[0].points.map(\.text) == ["--------"])
        try expectSameTreeThroughMarkdown(page)
    }
}

/// Issue 13, class 6: a new article's heading that lost its dot (2023040119, Art. 10).
@Suite("New texts as real acts print them")
struct NewTextHeadingTests {
    @Test func aHeadingWithoutItsDot() throws {
        let read = try FragmentReader.read(["Art. 7/1 Il est interdit de mettre sur le marché."], as: .articles(number: "7/1")).get()
        guard case .articles(let articles) = read.content else { Issue.record("not articles"); return }
        #expect(articles.map(\.number) == ["7/1"])
        #expect(articles.first?.alineas.first?.text == "Il est interdit de mettre sur le marché.")
    }

    @Test func aSentenceThatStartsLikeAHeadingIsNotOne() {
        #expect(FragmentReader.headingWithoutDot("Art. premier est abrogé") == nil)
        #expect(FragmentReader.headingWithoutDot("Art. 5 et 6 sont abrogés") == nil)
    }
}
