import ChronolexModel
import ChronolexReaders
import Foundation
import Testing

/// Look 33: a markdown line break inside a sentence (« … dix membres » ⏎ « et au plus
/// cinquante membres. ») started a new alinéa, so that « l'alinéa 2 » named the half-
/// sentence. The Constitution of the shared corpus has three (art. 128, 135bis, 151).
@Suite("A line that continues the sentence before it")
struct SoftLineBreakTests {
    static func act(_ body: String) -> ReadResult {
        ActReader.read(text: "---\ntitle-fr: \"Arrêté royal relatif aux jardins\"\ndate: 2010-03-01\nnumber: 2010009001\n---\n\n" + body, file: "act.md")
    }

    @Test func oneAlineaAndAWarning() throws {
        let read = Self.act("**Art. 3.** Le jardin compte au moins dix membres\net au plus cinquante membres.\n\nLe ministre peut déroger à l'alinéa 1er.\n")
        let act = try #require(read.act)
        let article = try #require(act.articles.first)
        #expect(article.alineas.map(\.text) == ["Le jardin compte au moins dix membres et au plus cinquante membres.", "Le ministre peut déroger à l'alinéa 1er."])
        #expect(read.diagnostics.map(\.description) == ["act.md:8: warning: Art. 3: line 8 continues the sentence of line 7 (no final mark before the line break, a word in lower case after it): read as one alinéa"])
        // Written back, one line; read again, the same alinéas, no warning.
        let again = ActReader.read(text: MarkdownRenderer.render(act), file: "again.md")
        #expect(again.act?.articles.first?.alineas.map(\.text) == article.alineas.map(\.text))
        #expect(again.diagnostics.isEmpty, "\(again.diagnostics)")
    }

    /// A hard break (two spaces), a final mark, a colon before an enumeration, a capital
    /// after the break: alinéas as before.
    @Test(arguments: ["dix membres  \net au plus", "dix membres.\net au plus", "dix membres :\net au plus", "dix membres\nEt au plus"])
    func otherBreaksStartAnAlinea(_ words: String) throws {
        let read = Self.act("**Art. 3.** Le jardin compte au moins \(words) cinquante membres.\n")
        #expect(read.act?.articles.first?.alineas.count == 2)
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
    }

    /// Lists written without marks, one item a line (look 34: joined, so that « l'alinéa 2 »
    /// named another line): alinéas, as before; a line that continues the sentence of the
    /// line before but is followed by another line of its block, too (which is meant cannot
    /// be told).
    @Test(arguments: [
        "Worden benoemd tot lid\nde heer Jan Peeters, te Gent\nmevrouw An Janssens, te Brugge.\n",
        "Les montants sont les suivants\ncatégorie 1 : 100\ncatégorie 2 : 200\n\nLe ministre peut les indexer.\n",
        "Le montant est fixé à 100\neuros par membre.\nLa demande est introduite avant le 1er mars.\n",
    ])
    func listsWithoutMarksStayAlineas(_ body: String) throws {
        let read = Self.act("**Art. 3.** " + body)
        let lines = body.split(separator: "\n").count
        #expect(read.act?.articles.first?.alineas.count == lines, "\(read.act?.articles.first?.alineas.map(\.text) ?? [])")
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "../shared/corpus/constitution-art22ter/constitution.2019-05-02.md"), "../shared is absent (a newcomer's clone); CI has it"))
    func theConstitution() throws {
        let text = try String(contentsOfFile: "../shared/corpus/constitution-art22ter/constitution.2019-05-02.md", encoding: .utf8)
        let read = ActReader.read(text: text, file: "constitution.md")
        let act = try #require(read.act)
        let article = try #require(act.articles.first { $0.number == "128" })
        #expect(article.paragraphs[0].alineas.last?.text.hasSuffix("ainsi que les formes de coopération et les modalités de conclusion de traités.") == true)
        #expect(read.diagnostics.filter { $0.message.contains("continues the sentence") }.count == 3)
    }
}
