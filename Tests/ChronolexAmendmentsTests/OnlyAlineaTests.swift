import ChronolexAmendments
import ChronolexModel
import Testing

/// Session 33: « l'alinéa unique de l'article 6 » (Dutch « het enige lid van artikel 6 ») was
/// « matches no known instruction form »: the typed edit could not carry the check that the
/// article has one alinéa. The step `.onlyAlinea` carries it (the timeline checks the count;
/// `OnlyAlineaTimelineTests`).
@Suite("« L'alinéa unique », read as the one alinéa")
struct OnlyAlineaTests {
    @Test(arguments: [
        ("L'alinéa unique de l'article 6 du même arrêté est remplacé par ce qui suit : « Le ministre statue. »", OperationKind.replace),
        ("L'unique alinéa de l'article 6 du même arrêté est remplacé par ce qui suit : « Le ministre statue. »", .replace),
        ("L'alinéa unique de l'article 6 du même arrêté est abrogé.", .repeal),
    ])
    func unitChanged(_ instruction: String, _ kind: OperationKind) throws {
        let read = edits(instruction)
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        let edit = try #require(read.edits.first)
        #expect(read.edits.count == 1 && edit.kind == kind)
        #expect(edit.target.steps == [.article("6"), .onlyAlinea])
        #expect(edit.targetAddress == "art. 6, al. unique")
    }

    @Test(arguments: [
        "Dans l'alinéa unique de l'article 6 du même arrêté, les mots « trente jours » sont remplacés par les mots « quarante jours ».",
        "A l'article 6 du même arrêté, dans l'alinéa unique, les mots « trente jours » sont remplacés par les mots « quarante jours ».",
    ])
    func wordsInIt(_ instruction: String) throws {
        let read = edits(instruction)
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        let edit = try #require(read.edits.first)
        #expect(edit.kind == .replace && edit.words == "trente jours" && edit.newWords == "quarante jours")
        #expect(edit.targetAddress == "art. 6, al. unique")
    }

    /// « l'alinéa unique, qui devient (devenant) l'alinéa 1er, » before a sub-instruction that
    /// adds an alinéa (2024200360, art. 6, 1°, a)): a remark, the only alinéa replaced.
    @Test(arguments: ["qui devient l'alinéa 1er", "devenant l'alinéa 1er"])
    func becomesTheFirst(_ remark: String) throws {
        let read = edits("""
        A l'article 6 du même arrêté, les modifications suivantes sont apportées :

        1° l'alinéa unique, \(remark), est remplacé par ce qui suit : « Le ministre statue. »;

        2° l'article est complété par un alinéa rédigé comme suit : « Il notifie sa décision. »
        """)
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        #expect(read.edits.count == 2)
        let first = try #require(read.edits.first)
        #expect(first.kind == .replace && first.targetAddress == "art. 6, al. unique")
        #expect(first.notes.contains { $0.contains("l'alinéa 1er") }, "\(first.notes)")
    }

    /// « devenant » another number than the first is left unread (which alinéa it would be
    /// depends on the others).
    @Test func becomesAnotherNumber() {
        let read = edits("A l'article 6 du même arrêté, l'alinéa unique, devenant l'alinéa 2, est remplacé par ce qui suit : « Le ministre statue. »")
        #expect(read.hasErrors)
    }

    @Test(arguments: [
        ("Het enige lid van artikel 6 van hetzelfde besluit wordt vervangen als volgt: « De minister beslist. »", OperationKind.replace),
        ("In het enige lid van artikel 6 van hetzelfde besluit worden de woorden « dertig dagen » vervangen door de woorden « veertig dagen ».", .replace),
        ("In artikel 6 van hetzelfde besluit wordt het enige lid opgeheven.", .repeal),
    ])
    func dutch(_ instruction: String, _ kind: OperationKind) throws {
        let read = dutchEdits(instruction)
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        let edit = try #require(read.edits.first)
        #expect(read.edits.count == 1 && edit.kind == kind)
        #expect(edit.targetAddress == "art. 6, al. unique")
    }
}
