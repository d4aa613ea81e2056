import ChronolexModel
import ChronolexReaders
import Testing

/// A text that reads as another language than its front matter's title key says (look 30:
/// a Dutch amending act under `title-fr` had each instruction « match no known instruction
/// form », with no hint of why): a warning at the title's line, read whole or streamed.
@Suite("The title's language against the text's")
struct TitleLanguageTests {
    static func act(key: String, _ body: String) -> String {
        """
        ---
        \(key): "Besluit van de Vlaamse Regering betreffende de proeven"
        date: 2020-03-01
        number: 2020200001
        ---

        \(body)
        """
    }

    static let dutch = """
        **Artikel 1.** In artikel 1 van het besluit van de Vlaamse Regering van 1 maart 2020 wordt het woord "dertig" vervangen door het woord "veertig".

        **Art. 2.** In artikel 2 van hetzelfde besluit wordt het tweede lid opgeheven en wordt de zin van de minister aangevuld.
        """

    static let french = """
        **Article 1er.** Dans l'article 1er de l'arrêté du Gouvernement du 1er mars 2020, le mot « trente » est remplacé par le mot « quarante ».

        **Art. 2.** Dans l'article 2 du même arrêté, l'alinéa 2 est abrogé et les mots « du ministre » sont remplacés par les mots « de la ministre ».
        """

    @Test func aDutchTextUnderTitleFr() throws {
        let text = Self.act(key: "title-fr", Self.dutch)
        let result = ActReader.read(text: text, file: "nl.md")
        let warnings = result.diagnostics.filter { $0.message.contains("reads as") }
        #expect(warnings.map(\.description) == ["nl.md:2: warning: the title is given as title-fr, but the act's text reads as Dutch: it is read as a French act (its instructions with the French grammar); if the text is Dutch, give its title as title-nl"])
        #expect(result.act?.metadata.language == .french)
        #expect(!result.hasErrors)
        // Streamed, the same warning.
        ActStreamingTests.compare(text, file: "nl.md")
    }

    @Test func aFrenchTextUnderTitleNl() {
        let result = ActReader.read(text: Self.act(key: "title-nl", Self.french), file: "fr.md")
        #expect(result.diagnostics.map(\.message).contains { $0.hasPrefix("the title is given as title-nl, but the act's text reads as French") })
    }

    @Test func agreeingOrTooShortToTell() {
        for (key, body) in [("title-nl", Self.dutch), ("title-fr", Self.french), ("title", Self.french),
                            ("title-fr", "**Artikel 1.** De termijn bedraagt dertig dagen."), ("title-de", Self.dutch)] {
            let result = ActReader.read(text: Self.act(key: key, body), file: "a.md")
            #expect(!result.diagnostics.contains { $0.message.contains("reads as") }, "\(key): \(result.diagnostics)")
        }
    }
}

/// Front matter whose opening `---` is left out (look 31): its keys were read as the act's
/// preamble without a word.
@Suite("Front matter without its opening fence")
struct FrontMatterWithoutOpeningTests {
    @Test func warned() {
        let text = "title-fr: \"Arrêté royal relatif aux essais\"\ndate: 2020-03-01\nnumber: 2020200001\n---\n\n**Article 1er.** Texte un.\n"
        let result = ActReader.read(text: text, file: "a.md")
        #expect(result.diagnostics.map(\.description).contains("a.md:1: warning: these lines look like front matter (3 keys such as 'title-fr:' or 'date:', then '---') but no '---' opens it on the first line: they are read as the act's text, not as its metadata; add '---' before them"),
                "\(result.diagnostics)")
        // A text that merely begins with « date: » is not warned.
        let plain = ActReader.read(text: "date: demain\n\n**Article 1er.** Texte un.\n", file: "b.md")
        #expect(!plain.diagnostics.contains { $0.message.contains("look like front matter") })
    }
}
