import ChronolexModel
import ChronolexReaders
import ChronolexXML
import Foundation
import Testing

/// Issue 14, memory: `parse` hands the act to its renderer piece by piece as it is read
/// (``ActReader/read(bytes:file:streamingTo:)``), without its tree. What each renderer writes
/// so, and every diagnostic, is what the whole-tree path gives, on the example acts, the
/// shared corpus, and generated acts with divisions, Justel's marks, warnings and errors.
@Suite("Acts read piece by piece")
struct ActStreamingTests {
    /// What the streaming renderers wrote, one of each kind, to collecting sinks.
    struct Outputs: ActConsumer {
        let sinks = (outline: OutputSink(), bare: OutputSink(), text: OutputSink(), json: OutputSink(), pretty: OutputSink(),
                     markdown: OutputSink(), html: OutputSink())
        var outline: OutlineRenderer
        var bare: OutlineRenderer
        var text: TextRenderer
        var json: JSONStreamRenderer
        var pretty: JSONStreamRenderer
        var markdown: MarkdownRenderer
        var html: HTMLStreamRenderer

        init() {
            outline = OutlineRenderer(excerptLength: 60, to: sinks.outline)
            bare = OutlineRenderer(excerptLength: 0, to: sinks.bare)
            text = TextRenderer(to: sinks.text)
            json = JSONStreamRenderer(to: sinks.json)
            pretty = JSONStreamRenderer(to: sinks.pretty, pretty: true)
            markdown = MarkdownRenderer(to: sinks.markdown)
            html = HTMLStreamRenderer(to: sinks.html)
        }

        mutating func begin(_ act: Act) {
            outline.begin(act); bare.begin(act); text.begin(act); json.begin(act); pretty.begin(act); markdown.begin(act); html.begin(act)
        }

        mutating func openDivision(_ division: Division, depth: Int) {
            outline.openDivision(division, depth: depth); bare.openDivision(division, depth: depth)
            text.openDivision(division, depth: depth); json.openDivision(division, depth: depth)
            pretty.openDivision(division, depth: depth); markdown.openDivision(division, depth: depth)
            html.openDivision(division, depth: depth)
        }

        mutating func article(_ article: Article, depth: Int) {
            outline.article(article, depth: depth); bare.article(article, depth: depth); text.article(article, depth: depth)
            json.article(article, depth: depth); pretty.article(article, depth: depth); markdown.article(article, depth: depth)
            html.article(article, depth: depth)
        }

        mutating func closeDivision(_ division: Division, depth: Int) {
            outline.closeDivision(division, depth: depth); bare.closeDivision(division, depth: depth)
            text.closeDivision(division, depth: depth); json.closeDivision(division, depth: depth)
            pretty.closeDivision(division, depth: depth); markdown.closeDivision(division, depth: depth)
            html.closeDivision(division, depth: depth)
        }

        mutating func end() {
            outline.end(); bare.end(); text.end(); json.end(); pretty.end(); markdown.end(); html.end()
        }

        var all: [String] {
            [sinks.outline.text, sinks.bare.text, sinks.text.text, sinks.json.text, sinks.pretty.text, sinks.markdown.text, sinks.html.text]
        }
    }

    /// The same seven outputs, written from the tree (the page through libxml2's tree).
    static func fromTree(_ act: Act) -> [String] {
        [OutlineRenderer.render(act), OutlineRenderer.render(act, excerptLength: 0), TextRenderer.render(act),
         JSONRenderer().render(act, pretty: false), JSONRenderer().render(act, pretty: true), MarkdownRenderer.render(act),
         HTMLRenderer.render(act)]
    }

    /// Reads `bytes` both ways and compares; returns whether the act was streamed.
    @discardableResult
    static func compare(_ bytes: [UInt8], file: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        let whole = ActReader.read(bytes: bytes, file: file)
        var outputs = Outputs()
        let reading = ActReader.read(bytes: bytes, file: file, streamingTo: &outputs)
        #expect(reading.result.diagnostics == whole.diagnostics, "\(file)", sourceLocation: sourceLocation)
        #expect(reading.result.format == whole.format, "\(file)", sourceLocation: sourceLocation)
        #expect(reading.result.hasErrors == whole.hasErrors, "\(file)", sourceLocation: sourceLocation)
        if reading.streamed {
            #expect(reading.result.act == nil, sourceLocation: sourceLocation)
            if let act = whole.act {
                let expected = fromTree(act)
                for (index, output) in outputs.all.enumerated() {
                    #expect(output == expected[index], "\(file): output \(index) differs", sourceLocation: sourceLocation)
                }
            }
        } else {
            #expect(reading.result.act == whole.act, "\(file)", sourceLocation: sourceLocation)
        }
        return reading.streamed
    }

    @discardableResult
    static func compare(_ text: String, file: String = "test.md", sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        compare(Array(text.utf8), file: file, sourceLocation: sourceLocation)
    }

    @Test func theExampleActs() throws {
        #expect(!Paths.corpusActs.isEmpty)
        for path in Paths.corpusActs {
            let bytes = try #require(FileManager.default.contents(atPath: path))
            #expect(Self.compare([UInt8](bytes), file: path), "\(path) was not streamed")
        }
    }

    @Test(.enabled(if: Paths.sharedIsPresent, "../shared is absent (a newcomer's clone); CI has it"))
    func theSharedCorpus() throws {
        let corpus = Paths.shared.appendingPathComponent("corpus")
        let walker = try #require(FileManager.default.enumerator(atPath: corpus.path))
        var count = 0
        while let next = walker.nextObject() as? String {
            guard next.hasSuffix(".md") || next.hasSuffix(".txt") || next.hasSuffix(".html") else { continue }
            let path = corpus.appendingPathComponent(next).path
            let bytes = try #require(FileManager.default.contents(atPath: path))
            Self.compare([UInt8](bytes), file: path)
            count += 1
        }
        #expect(count > 50)
    }

    /// Every piece of the tree replayed (``Act/stream(to:)``) writes what the tree writes.
    @Test func theTreeReplayedPieceByPiece() throws {
        for path in Paths.corpusActs {
            let act = try #require(ActReader.read(path: path).act)
            var outputs = Outputs()
            act.stream(to: &outputs)
            #expect(outputs.all == Self.fromTree(act))
        }
    }

    /// A generated act: divisions nested and closed in every order, an empty one, text
    /// after a heading, articles at the top, points, paragraphs, a repealed article.
    static func generatedAct(articles: Int, frontMatter: Bool = true) -> String {
        var text = frontMatter ? "---\ntitle-fr: \"Arrêté de test\"\ndate: 2024-01-01\n---\n\n" : "22 DECEMBRE 2022. - Arrêté de test\n\nVu la loi;\n\nArrête :\n\n"
        var number = 1
        func article(_ words: String) {
            text += (frontMatter ? "**Art. \(number).** " : "Art. \(number). ") + words + "\n\n"
            number += 1
        }
        article("Le présent arrêté règle la matière.")
        for book in 1...2 {
            text += (frontMatter ? "## " : "") + "TITRE \(book). - Titre \(book)\n\n"
            if book == 2 { text += "Texte sous le titre, hors de tout article.\n\n" }
            for chapter in 1...3 {
                text += (frontMatter ? "### " : "") + "CHAPITRE \(chapter). - Chapitre \(chapter)\n\n"
                if chapter == 2 { continue } // empty
                for section in 1...2 {
                    if chapter == 3 { text += (frontMatter ? "#### " : "") + "Section \(section). - Section \(section)\n\n" }
                    for k in 0..<max(1, articles / 20) {
                        switch k % 4 {
                        case 0: article("Pour l'application du présent arrêté, on entend par :\n\n1° bibliothèque : un lieu;\n\n2° collection : l'ensemble des documents, à savoir :\n\n   a) les livres;\n\n   b) les jeux.")
                        case 1: article("§ 1er. Le ministre fixe les règles. Il les publie.\n\n§ 2. Les règles entrent en vigueur le 1er janvier.\n\nElles sont évaluées chaque année.")
                        case 2: article("(Abrogé)")
                        default: article("Le dossier est complété dans les trente jours. La commune en est informée.")
                        }
                    }
                }
            }
        }
        return text
    }

    @Test func generatedActs() {
        #expect(Self.compare(Self.generatedAct(articles: 200)))
        #expect(Self.compare(Self.generatedAct(articles: 200, frontMatter: false), file: "test.txt"))
        #expect(Self.compare(Self.generatedAct(articles: 3)))
    }

    /// In Dutch, told by the first words of the body (no front matter says it): the
    /// language is known once the sample is taken, before the first piece goes.
    @Test func languageFromTheBody() {
        var text = "1 JANUARI 2024. - Besluit van de Regering\n\n"
        for n in 1...60 { text += "Art. \(n). De minister wordt belast met de uitvoering van het besluit en van de regels.\n\n" }
        #expect(Self.compare(text, file: "nl.txt"))
        #expect(Self.compare("Art. 1. De minister wordt belast.\n", file: "short.txt"))
    }

    @Test func warningsAndErrors() {
        // Out of order, then the same number twice (an error): the numbers given are kept.
        #expect(Self.compare("**Art. 1er.** Un.\n\n**Art. 2.** Deux.\n\n**Art. 3.** Trois.\n\n**Art. 2.** Encore.\n\n**Art. 3.** Et encore.\n"))
        #expect(Self.compare("**Art. 3.** Trois.\n\n**Art. 1er.** Un.\n\n**Art. 5.** Cinq.\n"))
        // No article: an error.
        #expect(Self.compare("Vu la loi;\n\nArrête :\n\nRien.\n", file: "empty.txt"))
        // An empty file, front matter never closed, not UTF-8: nothing to stream.
        Self.compare("")
        #expect(!Self.compare("---\ntitle: x\n\n**Art. 1er.** Un.\n"))
        #expect(!Self.compare([0x41, 0x72, 0x74, 0xFF, 0x0A], file: "bad.txt"))
        // A quotation never closed is repaired by reading the act again: read whole.
        #expect(!Self.compare("**Art. 1er.** Dans l'article 2, les mots « un sont remplacés par deux.\n\n**Art. 2.** Le ministre est chargé de l'exécution.\n"))
    }

    @Test func justelMarks() {
        let text = """
        ---
        title-fr: "Arrêté"
        eli: "http://www.ejustice.just.fgov.be/eli/arrete/2020/01/01/2020000001/justel"
        ---

        ## CHAPITRE 1er. - Dispositions

        **Art. 1er.** [1 Le ministre fixe les règles.]1

        `(1)<AR 2021-01-01/01, art. 2, 002; En vigueur : 01-01-2021>`

        **Art. 2.** Les règles [2 entrent en vigueur]2 le [3 1er janvier]3.

        `(2)<AR 2022-01-01/01, art. 3, 003; En vigueur : 01-01-2022>`

        """
        #expect(Self.compare(text))
    }
}
