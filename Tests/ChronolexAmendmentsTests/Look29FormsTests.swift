import ChronolexAmendments
import Testing

/// Look 29: ways of saying « every occurrence » that stopped the act (« matches no known
/// instruction form », « unexpected words after the instruction »).
@Suite("Look 29: every occurrence, as real acts say it")
struct Look29FormsTests {
    @Test(arguments: [
        "Dans l'article 3, les mots « Le rapport » sont, à chaque fois, remplacés par les mots « Le compte rendu ».",
        "Dans l'article 3, les mots « Le rapport » sont remplacés par les mots « Le compte rendu » chaque fois qu'ils apparaissent.",
        "Dans l'article 3, les mots « Le rapport » sont remplacés par les mots « Le compte rendu », chaque fois qu'ils apparaissent.",
        "Dans l'article 3, les mots « Le rapport » sont remplacés chaque fois qu'ils apparaissent par les mots « Le compte rendu ».",
        "Dans l'article 3, les mots « Le rapport », partout où ils figurent, sont remplacés par les mots « Le compte rendu ».",
        "Dans l'article 3, les mots « Le rapport » sont remplacés par les mots « Le compte rendu », partout où ils apparaissent.",
        "Dans l'article 3, les mots « Le rapport » sont remplacés par les mots « Le compte rendu » à chaque occurrence.",
        "Dans l'article 3, le mot « rapport » est remplacé par le mot « compte rendu » chaque fois qu'il apparaît.",
    ])
    func everyOccurrence(_ instruction: String) throws {
        let read = edits(instruction)
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        let edit = try #require(read.edits.first)
        #expect(read.edits.count == 1 && edit.every && edit.kind == .replace, "\(read.edits)")
        #expect(edit.newWords == "Le compte rendu" || edit.newWords == "compte rendu")
    }

    /// Said once, without « chaque fois »: one occurrence, as before.
    @Test func once() throws {
        let edit = try #require(edits("Dans l'article 3, les mots « Le rapport » sont remplacés par les mots « Le compte rendu ».").edits.first)
        #expect(!edit.every)
    }
}
