@testable import ChronolexAmendments
import Testing

/// The normaliser returns an instruction's tokens as they are when no rewrite applies, and
/// copies them only around a rewrite: these pin what it gives at the start, in the middle
/// and at the end of an instruction, several times in one, and on odd input (curly and
/// straight apostrophes, « » and "" quotations, accents, non-breaking spaces).
@Suite("The normaliser's rewrites, with and without a copy")
struct NormalizerTests {
    /// Words folded, quotations as « content ».
    static func words(_ tokens: [Token]) -> [String] {
        tokens.map { $0.kind == .quote ? "«\($0.text)»" : $0.folded }
    }

    static func normalized(_ text: String) throws -> (words: [String], notes: [String], tokens: [Token]) {
        var notes: [String] = []
        let tokens = Normalizer.normalize(try Tokenizer.tokens(text), notes: &notes)
        return (words(tokens), notes, tokens)
    }

    @Test(arguments: [
        "Dans l'article 2, les mots « trente jours » sont remplacés par les mots « quarante jours ».",
        "Dans l’article 2, alinéa 1er, du même arrêté, le mot \"Conseil\" est chaque fois remplacé par le mot « Comité ».",
        "A l'article 5 du même arrêté, les modifications suivantes sont apportées :",
        "L'article\u{A0}10 du même arrêté, modifié par l’arrêté du 19 avril 2018, est abrogé.",
        "Dans le § 2, les mots « les les » sont remplacés par les mots « les ».",
    ])
    func leavesInstructionsWithoutRewriteAsTheyAre(_ text: String) throws {
        let scanned = try Tokenizer.tokens(text)
        let (words, notes, tokens) = try Self.normalized(text)
        #expect(words == Self.words(scanned))
        #expect(tokens.map(\.text) == scanned.map(\.text))
        #expect(tokens.map(\.kind) == scanned.map(\.kind))
        #expect(notes.isEmpty)
    }

    @Test func rewritesAtTheStart() throws {
        let (words, notes, _) = try Self.normalized("les les mots « A » sont abrogés")
        #expect(words == ["les", "mots", "«A»", "sont", "abroges"])
        #expect(notes == ["read « les les » as « les »"])
    }

    @Test func rewritesInTheMiddle() throws {
        let (words, notes, _) = try Self.normalized("Dans l’article 2, les les mots « A » sont remplacés par les mots \"B\".")
        #expect(words == ["dans", "l'", "article", "2", ",", "les", "mots", "«A»", "sont", "remplaces", "par", "les", "mots", "«B»", "."])
        #expect(notes == ["read « les les » as « les »"])
    }

    @Test func rewritesAtTheEnd() throws {
        let (words, notes, _) = try Self.normalized("L'article 3 est modifié comme suit : :")
        #expect(words == ["l'", "article", "3", "est", "modifie", "comme", "suit", ":"])
        #expect(notes.isEmpty)
    }

    @Test func rewritesSeveralTimesInOneInstruction() throws {
        let text = "Dans l'article 1 er, §\u{A0}§\u{A0}2, à chaque fois, la deuxième phrase est supprimée et remplacée par ce qui suit"
        let (words, notes, _) = try Self.normalized(text)
        #expect(words == ["dans", "l'", "article", "1er", ",", "§", "2", ",", "chaque", "fois", ",", "la", "deuxieme", "phrase",
                          "est", "remplacee", "par", "ce", "qui", "suit"])
        #expect(notes.isEmpty)
    }

    @Test func movesQuotedWordsBeforeTheirVerb() throws {
        let (words, _, _) = try Self.normalized("Dans l’article 4, les mots suivants sont supprimés : « à l’exception » ;")
        #expect(words == ["dans", "l'", "article", "4", ",", "les", "mots", "«à l’exception»", "sont", "supprimes", ";"])
    }

    @Test func readsTheNextUnitAsANewOne() throws {
        let (words, _, _) = try Self.normalized("Dans l'article 4, l’alinéa suivant est inséré « Texte » et les alinéas suivants sont ajoutés")
        #expect(words == ["dans", "l'", "article", "4", ",", "un", "alinea", "est", "insere", "«Texte»", "et", "des", "alineas", "sont", "ajoutes"])
    }
}
