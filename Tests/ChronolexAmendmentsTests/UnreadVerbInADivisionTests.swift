import ChronolexAmendments
import Testing

/// Session 33, found beside the scoping of unread verbs: an unread verb after a place that is
/// a division of another act (« Dans le chapitre 2 du même arrêté, les mots … sont bidouillés »)
/// was taken for a provision of the amending act (a warning, « not applied to any text »), as
/// a place in an article once was (look 26): an instruction that cannot be read, an error.
@Suite("An unread verb after a division of another act")
struct UnreadVerbInADivisionTests {
    @Test(arguments: [
        "Dans le chapitre 2 du même arrêté, les mots « département » sont bidouillés par les mots « service ».",
        "Dans la section 1re du chapitre II de l'arrêté du Gouvernement du 12 mars 2015 relatif aux bibliothèques publiques, le mot « département » est bidouillé.",
    ])
    func anError(_ instruction: String) {
        let read = edits(instruction)
        #expect(read.hasErrors, "\(read.diagnostics)")
        #expect(read.diagnostics.contains { $0.message.hasPrefix("matches no known instruction form") }, "\(read.diagnostics)")
    }

    /// The amending act's own division, or no words of a text after the place: a provision still.
    @Test(arguments: [
        "Dans le chapitre 2 du présent arrêté, les mots « département » désignent le service compétent.",
        "Dans le chapitre 2 du même arrêté, le ministre peut déroger aux délais.",
    ])
    func stillAProvision(_ instruction: String) {
        let read = edits(instruction)
        #expect(!read.hasErrors, "\(read.diagnostics)")
    }
}
