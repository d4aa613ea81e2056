@testable import ChronolexAmendments
import ChronolexModel
import Testing

/// Justel's note of a date another act fixed is looked for in every alinéa of an amending
/// act: one without a bracket is set aside before its words are trimmed; a note with spaces
/// and non-breaking spaces around it is still read.
@Suite("Justel's notes of dates, and the alinéas that are none")
struct JustelNoteTests {
    static let note = "(NOTE : Entrée en vigueur des articles 14; 15; 16 fixée au 22-07-2023 par AR 2023-05-10/04, art. 1)"

    @Test(arguments: [
        "Dans l’article 2, les mots « trente » sont remplacés par les mots « quarante ».",
        "NOTE : Entrée en vigueur des articles 14; 15; 16 fixée au 22-07-2023 par AR 2023-05-10/04, art. 1",
        "", "\u{A0}",
    ])
    func setsAsideWordsWithoutBracket(_ text: String) {
        #expect(JustelEntryIntoForceNote.read(text) == nil)
    }

    @Test(arguments: [note, "  " + note + "\n", "\u{A0}" + note + "\u{A0}", "\u{202F}" + note])
    func readsTheNoteWithSpacesAround(_ text: String) throws {
        let read = try #require(JustelEntryIntoForceNote.read(text))
        #expect(read.articles == ["14", "15", "16"])
        #expect(read.effective == LegalDate("2023-07-22"))
        #expect(read.dossier == "2023-05-10/04")
    }

    @Test func setsAsideABracketThatIsNoNote() {
        #expect(JustelEntryIntoForceNote.read("(concerne le texte allemand)") == nil)
        #expect(JustelEntryIntoForceNote.read("Dans l'article 3 (ancien article 2), le mot « A » est abrogé.") == nil)
    }
}
