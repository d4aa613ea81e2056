import ChronolexModel
import ChronolexReaders
import Foundation
import Testing

/// Every file of `../shared/corpus/` (real Justel consolidations, Moniteur acts, Justel
/// pages) reads, and its markdown reads back to the same tree. Each warning is Justel's or
/// iterata's, counted by kind here; what each kind means is in the README ("Justel's
/// pages", "Errors and warnings") and in the tests of each reader.
@Suite("The shared corpus, file by file")
struct SharedCorpusTests {
    static let corpus = Paths.shared.appendingPathComponent("corpus")

    /// The files, as paths relative to the corpus (the `PROVENANCE` files aside), in every
    /// folder and sub-folder (`triples-2024/` holds one folder per set).
    static var files: [String] {
        guard let walker = FileManager.default.enumerator(atPath: corpus.path) else { return [] }
        var files: [String] = []
        while let next = walker.nextObject() as? String {
            let name = URL(fileURLWithPath: next).lastPathComponent
            guard name.hasSuffix(".md") || name.hasSuffix(".html"), !name.hasPrefix("PROVENANCE") else { continue }
            files.append(next)
        }
        return files.sorted()
    }

    /// The folders of real acts whose warnings are not pinned one by one here: the real
    /// triples and the amending sample (what they say is measured by the real-corpus
    /// report; their outputs are pinned by the golden digests).
    static let measuredFolders = ["triples-2024/", "amending-sample/"]

    /// A warning without its article numbers and other numbers.
    static func kind(_ message: String) -> String {
        var out = ""
        var rest = Substring(message)
        while let art = rest.range(of: "Art. ") {
            out += rest[..<art.upperBound] + "N"
            rest = rest[art.upperBound...].drop { $0.isASCIIDigit || ("a"..."z").contains($0) || $0 == "/" || $0 == "." || $0 == "-" }
        }
        out += rest
        return String(out.map { $0.isASCIIDigit ? "#" : $0 })
    }

    @Test(.enabled(if: Paths.sharedIsPresent, "../shared is absent (a newcomer's clone); CI has it"))
    func theListIsComplete() {
        let pinned = Self.files.filter { file in !Self.measuredFolders.contains { file.hasPrefix($0) } }
        #expect(pinned == Self.expectedWarnings.keys.sorted())
    }

    @Test(.enabled(if: Paths.sharedIsPresent, "../shared is absent (a newcomer's clone); CI has it"), arguments: files)
    func readsWithItsWarningsAndRoundTrips(_ file: String) throws {
        let path = Self.corpus.appendingPathComponent(file).path
        let result = ActReader.read(path: path)
        if file == "decimes-1952/2025009854.amending-empty-body.md" {
            // Justel had no text for this act: an act without articles is an error, never an
            // act that amends nothing.
            #expect(result.diagnostics.map(\.description) == ["\(path):15: no article found: the body of an act is a series of articles headed 'Art. 1er.' (or '**Article 1er.**' in markdown)"])
            return
        }
        #expect(!result.hasErrors, "\(result.diagnostics.filter { $0.severity == .error })")
        if let expected = Self.expectedWarnings[file] {
            var warnings: [String: Int] = [:]
            for diagnostic in result.diagnostics { warnings[Self.kind((diagnostic.unit.map { $0 + ": " } ?? "") + diagnostic.message), default: 0] += 1 }
            #expect(warnings == expected)
        }
        let act = try #require(result.act)
        #expect(dump(try roundTrip(act)) == dump(act))
    }

    static let expectedWarnings: [String: [String: Int]] = [
        "accueil-cg-2014/2014203567.v007-2023.md": [
            "Justel marker [# closed by ']' without its number": 18,
            "Art. N has text before its first §; kept as an unnumbered part": 1,
            "Art. N: '§ #er' has no point after its number; read as the heading of § #er": 1,
            "Justel markers join two words ('…]#[# …'); a space is kept between them": 1,
            "malformed Justel marker '[#]' read as the opening '[# '": 1,
        ],
        "accueil-cg-2014/2014203567.v008-2024.md": [
            "Justel marker [# closed by ']' without its number": 22,
            "malformed Justel marker '[#[' read as the opening '[# '": 4,
            "Art. N has text before its first §; kept as an unnumbered part": 1,
            "Art. N: '§ #er' has no point after its number; read as the heading of § #er": 1,
            "Justel markers join two words ('…]#[# …'); a space is kept between them": 1,
            "malformed Justel marker '[#]' read as the opening '[# '": 1,
        ],
        "accueil-cg-2014/2024204469.amending.md": [
            "Art. N: bold heading 'Art. N' stands inside the quotation opened at line ###; read as quoted text, not as an article of this act": 18,
        ],
        "accueil-cg-2014/2024204588.amending.md": [:],
        "constitution-art22ter/2021201324.amending-revision.md": [:],
        "constitution-art22ter/constitution.2019-05-02.md": [
            "text outside any article, after a division heading: kept with the heading's division, not as law": 15,
            // Art. 128, 135bis, 151: a line break inside a sentence (look 33).
            "Art. N, § #er: line ### continues the sentence of line ### (no final mark before the line break, a word in lower case after it): read as one alinéa": 1,
            "Art. N: line ### continues the sentence of line ### (no final mark before the line break, a word in lower case after it): read as one alinéa": 1,
            "Art. N, § #: line #### continues the sentence of line #### (no final mark before the line break, a word in lower case after it): read as one alinéa": 1,
        ],
        "constitution-art22ter/constitution.2021-03-30.md": [
            "text outside any article, after a division heading: kept with the heading's division, not as law": 15,
            // Art. 128, 135bis, 151: a line break inside a sentence (look 33).
            "Art. N, § #er: line ### continues the sentence of line ### (no final mark before the line break, a word in lower case after it): read as one alinéa": 1,
            "Art. N: line ### continues the sentence of line ### (no final mark before the line break, a word in lower case after it): read as one alinéa": 1,
            "Art. N, § #: line #### continues the sentence of line #### (no final mark before the line break, a word in lower case after it): read as one alinéa": 1,
        ],
        "decimes-1952/1952030505.v010-2016.md": [:],
        "decimes-1952/1952030505.v012-2026.md": [
            "Justel marker [# closed by ']' without its number": 1,
        ],
        "decimes-1952/2025009854.amending-empty-body.md": [:],
        "electricity-1999-versions/1999011160.archived-v083.md": [
            "Justel marker [# closed by ']' without its number": 159,
            "Justel marker [## closed by ']' without its number": 46,
            "']' closes no Justel marker: dropped": 5,
            "Art. N has text before its first §; kept as an unnumbered part": 5,
            "Justel marker [## is never closed in Art. N; closed at the end of the article": 5,
            "Art. N stands a second time (line #### has the first): Justel shows versions of one article side by side (for a Region, or still to come); this one is kept as Art. N, which no instruction cites": 4,
            "malformed Justel marker '[##]' read as the opening '[## '": 4,
            "malformed Justel marker '[#[' read as the opening '[# '": 4,
            "Justel marker [## in Art. N has no footnote (##) under the article: its words are kept without provenance": 2,
            "Justel markers join two words ('…]#[# …'); a space is kept between them": 2,
            "Art. N follows Art. N: article numbers out of order": 1,
            "Art. N, § #: '§ #bis' has no point after its number; read as the heading of § #bis": 1,
            "Art. N, § #er, #°: '§ #' has no point after its number; read as the heading of § #": 1,
            "Art. N, § #er: '§ #' has no point after its number; read as the heading of § #": 1,
            "Justel bracket '[' without a number is not closed on its line: dropped as a marker": 1,
            "Justel marker ]# closes no [#: dropped": 1,
            "closing quotation mark with no opening one; read as the end of a quotation": 1,
        ],
        "electricity-1999-versions/1999011160.archived-v084.md": [
            "Justel marker [# closed by ']' without its number": 150,
            "Justel marker [## closed by ']' without its number": 57,
            "']' closes no Justel marker: dropped": 5,
            "Art. N has text before its first §; kept as an unnumbered part": 5,
            "Justel marker [## is never closed in Art. N; closed at the end of the article": 5,
            "Art. N stands a second time (line #### has the first): Justel shows versions of one article side by side (for a Region, or still to come); this one is kept as Art. N, which no instruction cites": 4,
            "malformed Justel marker '[##]' read as the opening '[## '": 4,
            "malformed Justel marker '[#[' read as the opening '[# '": 4,
            "Justel markers join two words ('…]#[# …'); a space is kept between them": 3,
            "Justel marker [## in Art. N has no footnote (##) under the article: its words are kept without provenance": 2,
            "Art. N follows Art. N: article numbers out of order": 1,
            "Art. N, § #er, #°: '§ #' has no point after its number; read as the heading of § #": 1,
            "Art. N, § #er: '§ #' has no point after its number; read as the heading of § #": 1,
            "Justel bracket '[' without a number is not closed on its line: dropped as a marker": 1,
            "Justel marker ]# closes no [#: dropped": 1,
            "closing quotation mark with no opening one; read as the end of a quotation": 1,
        ],
        "fedris-ar-2007/2007022782.v004-2018.justel-old-layout.html": [:],
        "fedris-ar-2007/2007022782.v004-2018.md": [
            "Justel marker [# closed by ']' without its number": 3,
        ],
        "fedris-ar-2007/2007022782.v005-2024.justel-2024-layout.html": [:],
        "fedris-ar-2007/2007022782.v005-2024.md": [
            "Justel marker [# closed by ']' without its number": 2,
            "Justel markers join two words ('…]#[# …'); a space is kept between them": 1,
        ],
        "fedris-ar-2007/2024201246.amending.md": [
            "Art. N: bold heading 'Art. N' stands inside the quotation opened at line ##; read as quoted text, not as an article of this act": 8,
            "Art. N: bold heading 'Art. N' stands inside the quotation opened at line ###; read as quoted text, not as an article of this act": 1,
        ],
        "justel-html/strafwetboek_fr.justel-old-layout.html": [
            "Art. N has text before its first §; kept as an unnumbered part": 10,
            "Art. N follows Art. N: article numbers out of order": 1,
            // "[2La peine …": the opening's space left out (was "]2 closes no [2").
            "Justel marker '[#' written without its space: read as the opening '[# '": 1,
            "closing quotation mark with no opening one; read as the end of a quotation": 1,
        ],
        "justel-html/strafwetboek_nl.justel-old-layout.html": [
            "Art. N has text before its first §; kept as an unnumbered part": 11,
            // Art. 505: the note before its first sentence left open (look 30).
            "Art. N: Justel's note « <L ####-##-##/##, art. #, ###;  Inwerkingtreding :  ##-##-#### » has no « > » before the next note: taken to end after its date, the words after it read as the article's": 1,
            "Art. N follows Art. N: article numbers out of order": 1,
            "Art. N, § #: '§ #' has no point after its number; read as the heading of § #": 1,
            "closing quotation mark with no opening one; read as the end of a quotation": 1,
        ],
    ]
}
