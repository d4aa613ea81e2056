import ChronolexModel
import ChronolexReaders
import Foundation
import Testing

/// The bad inputs of the foundation issue, each with its exact outcome.
@Suite("Bad input: a clear error or a usable result, never a crash")
struct BadInputTests {
    /// The single error line of a failed reading.
    func error(_ bytes: [UInt8], file: String = "bad.md") -> String? {
        let result = ActReader.read(bytes: bytes, file: file)
        let errors = result.diagnostics.filter { $0.severity == .error }
        return errors.first?.description
    }

    func error(_ text: String) -> String? { error(Array(text.utf8)) }

    @Test func emptyFile() {
        #expect(error([]) == "bad.md: empty file: no text to read")
        #expect(error("  \n\n\t\n") == "bad.md: empty file: no text to read")
    }

    @Test func binaryDataAndNulBytes() {
        #expect(error([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]) == "bad.md:3: binary data: NUL byte at offset 8; this is not a text file")
        #expect(error(Array("**Art. 1.** Texte\n".utf8) + [0]) == "bad.md:2: binary data: NUL byte at offset 18; this is not a text file")
    }

    @Test func invalidUTF8() {
        // "Arrêté" in Latin-1.
        #expect(error([0x2A, 0x2A, 0x41, 0x72, 0x74, 0x2E, 0x20, 0x31, 0x2E, 0x2A, 0x2A, 0x0A, 0x41, 0x72, 0x72, 0xEA, 0x74, 0xE9]) ==
                "bad.md:2: invalid UTF-8 at offset 15 (is the file in another encoding, or binary?)")
        // An overlong encoding and a lone surrogate are not UTF-8 either.
        #expect(error([0x41, 0xC0, 0xAF]) != nil)
        #expect(error([0x41, 0xED, 0xA0, 0x80]) != nil)
    }

    @Test func byteOrderMarkAndCRLFWork() throws {
        let text = "\u{FEFF}---\r\ntitle-fr: \"Arrêté royal relatif aux essais\"\r\ndate: 2014-05-22\r\n---\r\n\r\n**Article 1er.** Premier.\r\n\r\nSecond alinéa.\r\n"
        let act = try readAct(text)
        #expect(act.metadata.title == "Arrêté royal relatif aux essais")
        #expect(act.metadata.kind == .arreteRoyal)
        #expect(act.articles[0].alineas.map(\.text) == ["Premier.", "Second alinéa."])
    }

    @Test func unterminatedFrontMatter() {
        #expect(error("---\ntitle-fr: x\n\n**Art. 1.** Texte.\n") == "bad.md:1: front matter opened by '---' is never closed (no second '---' line)")
    }

    @Test func frontMatterThatIsNotYAML() {
        let message = error("---\ntitle-fr: \"x\n  - [a: b\n---\n\n**Art. 1.** Texte.\n")
        #expect(message?.hasPrefix("bad.md:") == true)
        #expect(message?.contains("front matter is not valid YAML") == true)
        #expect(error("---\n- a\n- b\n---\n\n**Art. 1.** Texte.\n") == "bad.md:2: front matter is not a list of 'key: value' lines")
    }

    /// Issue 13: Lex Iterata writes titles with inner quotes unescaped. Not YAML, but one
    /// `key: value` per line: read so, with a warning, the title as written.
    @Test func frontMatterWithUnescapedQuotesIsReadLineByLine() throws {
        let result = ActReader.read(text: "---\ntitle-fr: \"Arrêté royal modifiant la loterie appelée \" Bingo \", loterie publique\"\ndate: 2021-01-07\nnumber: 2021030092\n---\n\n**Art. 1.** Texte.\n", file: "bad.md")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.diagnostics.map(\.description) == ["bad.md:2: warning: front matter is not valid YAML: while parsing a block mapping: did not find expected key; read line by line, each value as written"])
        let act = try #require(result.act)
        #expect(act.metadata.title == "Arrêté royal modifiant la loterie appelée \" Bingo \", loterie publique")
        #expect(act.metadata.date?.iso == "2021-01-07")
        #expect(act.metadata.numac == "2021030092")
    }

    /// Justel's `starts:` with several dates, or a date with a note, is no date for the act
    /// as a whole: a warning, and the act's own clauses decide.
    @Test(arguments: ["2022-01-01, 2022-03-12, 2023-07-22, indéterminée", "01-01-2005 (ART. (5))"])
    func startsThatIsNotOneDate(_ value: String) throws {
        let result = ActReader.read(text: "---\ntitle-fr: x\nstarts: \(value)\n---\n\n**Art. 1.** Texte.\n", file: "bad.md")
        #expect(!result.hasErrors)
        #expect(result.diagnostics.map(\.description) == ["bad.md:3: warning: front matter key 'starts': '\(value)' is not one date for the act as a whole: not taken; the act's own entry-into-force clauses decide"])
        #expect(result.act?.metadata.entryIntoForce == nil)
    }

    @Test func impossibleDateNamesTheKeyAndLine() {
        #expect(error("---\ntitle-fr: x\ndate: 2020-13-45\n---\n\n**Art. 1.** Texte.\n") ==
                "bad.md:3: front matter key 'date': '2020-13-45' is not a possible date")
        #expect(error("---\npublication: hier\n---\n\n**Art. 1.** Texte.\n") ==
                "bad.md:2: front matter key 'publication': 'hier' is not a date (expected 2014-05-22 or 22-05-2014)")
    }

    @Test func bothDateSpellingsWork() throws {
        let act = try readAct("---\ndate: 2014-05-22\nstarts: 01-09-2014\npublication:\n---\n\n**Art. 1.** Texte.\n")
        #expect(act.metadata.date?.iso == "2014-05-22")
        #expect(act.metadata.entryIntoForce?.iso == "2014-09-01")
        #expect(act.metadata.publication == nil)
    }

    @Test func noArticle() {
        #expect(error("---\ntitle-fr: x\n---\n\nUn texte sans article.\n") ==
                "bad.md:5: no article found: the body of an act is a series of articles headed 'Art. 1er.' (or '**Article 1er.**' in markdown)")
    }

    @Test func duplicateArticleNumbersAreErrorsOutOfOrderAWarning() {
        let result = ActReader.read(text: "**Art. 1.** A.\n\n**Art. 3.** B.\n\n**Art. 2.** C.\n\n**Art. 3.** D.\n", file: "bad.md")
        #expect(result.diagnostics.map(\.description) == [
            "bad.md:5: warning: Art. 2 follows Art. 3: article numbers out of order",
            "bad.md:7: duplicate article number: Art. 3 already stands at line 3",
        ])
        #expect(result.hasErrors)
    }

    /// A quotation that runs to the end of the act is an error; one that the heading of the
    /// act's next article ends is read so, with a warning (see below).
    @Test func unbalancedQuotes() {
        #expect(error("**Art. 1.** Les mots « trente sont remplacés.\n\nTexte.\n") ==
                "bad.md:1: Art. 1: quotation opened here is never closed (unbalanced « or \")")
        #expect(error("**Art. 1.** Les mots \" trente sont remplacés.\n\n**Art. 3.** Texte.\n") ==
                "bad.md:1: Art. 1: quotation opened here is never closed (unbalanced « or \")")
        #expect(error("**Art. 1.** Les mots « trente sont remplacés.\n\n**Art. 2.** Texte.\n") == nil)
    }

    @Test func strayClosingQuoteIsAWarning() throws {
        let result = ActReader.read(text: "**Art. 1.** Texte » final.\n", file: "bad.md")
        #expect(result.diagnostics.map(\.description) == ["bad.md:1: warning: closing quotation mark » with no opening one"])
    }

    /// A table row whose cells end with the same words and a closing mark, then the
    /// instruction's `;` (the list of implants' foot, in two languages: 2022040037): marks that
    /// close nothing, left out with a warning. Quotes that are signs of their words (inches,
    /// `| 2" | 2" |`) or that end other words stay as they are.
    @Test func closingMarksOnceInEachLanguageOfATableRow() throws {
        let twins = ActReader.read(text: "**Art. 1.** Texte :\n\n| Condition : A- § 05\";  | Voorwaarde : A- § 05\"; |\n", file: "t.md")
        #expect(twins.act?.articles[0].alineas[0].text.contains("| Condition : A- § 05  | Voorwaarde : A- § 05 |") == true, "\(String(describing: twins.act?.articles[0].alineas[0].text))")
        #expect(twins.diagnostics.map(\.message).contains { $0.hasPrefix("closing quotation marks that open nothing") })
        for row in ["| 2\" | 2\" |", "| A- § 05\"; | A- § 06\"; |"] {
            let kept = try readAct("**Art. 1.** Les tailles :\n\n\(row)\n")
            #expect(kept.articles[0].alineas[0].text.filter { $0 == "\"" || $0 == "«" || $0 == "»" }.count == 2, "\(row)")
        }
    }

    @Test func twentyThousandNestedQuotationsWork() throws {
        let text = "**Art. 1.** " + String(repeating: "« ", count: 20_000) + "x" + String(repeating: " »", count: 20_000) + ".\n"
        let act = try readAct(text)
        #expect(act.articles[0].alineas[0].sentences.count == 1)
        let unclosed = "**Art. 1.** " + String(repeating: "«", count: 20_000) + "\n"
        #expect(error(unclosed) == "bad.md:1: Art. 1: quotation opened here is never closed (unbalanced « or \")")
    }

    @Test func hostileTextStaysText() throws {
        let act = try readAct("**Art. 1.** <script>alert(1)</script> « \"><img src=x onerror=alert(1)> » &amp;\n")
        // A straight quote inside « » is a character, not a quotation mark.
        #expect(act.articles[0].alineas[0].text == "<script>alert(1)</script> « \"><img src=x onerror=alert(1)> » &amp;")
    }

    @Test func htmlThatIsNoJustelPageIsAnErrorNotAnAct() {
        // Not a Justel page: no part of it is the act's text, whatever words it holds.
        #expect(error("<!DOCTYPE html><html><body>Art. 1. Texte</body></html>") ==
                "bad.md: no act text in this HTML page: Chronolex reads Justel's pages, whose text follows <a name=\"texte\"> (until 2024) or stands in <div id=\"list-title-3\"> (2024 layout)")
    }

    @Test func aVeryLongSingleLine() throws {
        // 2 MB here (the 20 MB case runs in the CLI tests on the release-independent binary path).
        let words = String(repeating: "mot ", count: 500_000)
        let act = try readAct("**Art. 1.** " + words + "fin.\n")
        #expect(act.articles[0].alineas[0].text.utf8.count == 2_000_004)
    }

    @Test func manyArticles() throws {
        var text = ""
        for n in 1...60_000 { text += "**Art. \(n).** Texte de l'article \(n).\n\n" }
        let act = try readAct(text)
        #expect(act.articles.count == 60_000)
        #expect(act.articles.last?.number == "60000")
    }

    /// Issue 13: a quotation never closed ends with the article where it opened, before the
    /// heading of the act's next article; the rest of the act is read, and the instruction
    /// that holds the quotation reads its new text to there when a colon announces it, an
    /// error of its own otherwise (InstructionReader).
    @Test func aQuotationNeverClosedEndsWithItsArticle() throws {
        let text = "---\ntitle-fr: x\n---\n\n**Art. 1.** L'article 5 est remplacé par ce qui suit :\n\n« Art. 5. Nouveau texte.\n\n**Art. 2.** L'article 7 est abrogé.\n\n**Art. 3.** Le présent arrêté entre en vigueur le 1er janvier 2024.\n"
        let result = ActReader.read(text: text, file: "bad.md")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.diagnostics.map(\.description) == ["bad.md:7: warning: Art. 1: quotation opened here is never closed: it is taken to end with Art. 1, before the heading of Art. 2 (line 9), which is read as this act's own; the instruction that holds it reads its new text to there if a colon announces it, and is unbalanced otherwise"])
        #expect(result.act?.articles.map(\.number) == ["1", "2", "3"])
    }

    /// Two apostrophes typed for a closing quote (`… à l'étranger.'';`) on a line with a
    /// straight quote: a quotation mark, with a warning.
    @Test func twoApostrophesForAQuote() throws {
        let result = ActReader.read(text: "---\ntitle-fr: x\n---\n\n**Art. 1.** L'alinéa 1er est remplacé par ce qui suit : \"Sera puni quiconque diffuse à l'étranger.'';\n", file: "bad.md")
        #expect(!result.hasErrors)
        #expect(result.diagnostics.map(\.description) == ["bad.md:5: warning: two apostrophes ('') read as a quotation mark"])
        #expect(result.act?.articles.first?.alineas.first?.text == "L'alinéa 1er est remplacé par ce qui suit : «Sera puni quiconque diffuse à l'étranger.»;")
    }
}

/// 2022040073, art. 19, 3°: straight quotes nested on one line (`les mots "24bis … les mots
/// "à laquelle …" par les mots "…", 31 …" sont insérés`). Paired in order they turned the
/// quotation inside out; when each faces one way, that way decides.
@Suite("Straight quotes nested on one line")
struct NestedStraightQuoteTests {
    @Test func quotesFacingOneWayNest() throws {
        let act = try readAct("**Art. 1.** Les mots \"24bis, en remplaçant les mots \"la mutualité\" par les mots \"la société\", 31,\" sont insérés entre les mots \"24,\" et \"38,\".\n")
        #expect(act.articles[0].alineas[0].text == "Les mots «24bis, en remplaçant les mots «la mutualité» par les mots «la société», 31,» sont insérés entre les mots «24,» et «38,».")
        #expect(dump(try roundTrip(act)) == dump(act))
    }

    @Test func quotesThatDoNotNestArePairedInOrder() throws {
        // Four quotes, one after the other: no nesting, the pairing in order as before.
        let flat = try readAct("**Art. 1.** Les mots \"trente\" sont remplacés par les mots \"quarante\".\n")
        #expect(flat.articles[0].alineas[0].text == "Les mots «trente» sont remplacés par les mots «quarante».")
        // Spaces on both sides of a quote (the Moniteur's " texte "): its way is not said
        // by its neighbours, and the pairing in order decides.
        let spaced = try readAct("**Art. 1.** Les mots \" la " + "mutualité \" et \" la société \" sont remplacés.\n")
        #expect(spaced.articles[0].alineas[0].text == "Les mots « la mutualité » et « la société » sont remplacés.")
    }
}
