import ChronolexAmendments
import ChronolexModel
import Testing

/// Look 31: « la dernière phrase », « l'avant-dernière phrase » and Dutch « de laatste zin »,
/// « het laatste lid » were « matches no known instruction form », where « le dernier
/// alinéa » was read. The steps `.sentenceFromEnd` and `.alineaFromEnd` carry them (counted
/// when the edit applies; `FromTheEndTimelineTests`).
@Suite("Sentences and alinéas counted from the end")
struct FromTheEndTests {
    @Test(arguments: [
        ("Dans l'article 6 du même arrêté, la dernière phrase est abrogée.", "art. 6, dernière phrase", OperationKind.repeal),
        ("Dans l'article 6 du même arrêté, l'avant-dernière phrase est abrogée.", "art. 6, avant-dernière phrase", .repeal),
        ("Dans l'article 6 du même arrêté, dans la dernière phrase, le mot « doublée » est remplacé par le mot « triplée ».", "art. 6, dernière phrase", .replace),
        ("Dans l'article 6, dernière phrase, du même arrêté, le mot « doublée » est remplacé par le mot « triplée ».", "art. 6, dernière phrase", .replace),
    ])
    func french(_ instruction: String, _ target: String, _ kind: OperationKind) throws {
        let read = edits(instruction)
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        let edit = try #require(read.edits.first)
        #expect(read.edits.count == 1 && edit.kind == kind)
        #expect(edit.targetAddress == target)
    }

    @Test(arguments: [
        ("In artikel 6 van hetzelfde besluit wordt de laatste zin opgeheven.", "art. 6, dernière phrase"),
        ("In artikel 6 van hetzelfde besluit wordt de voorlaatste zin opgeheven.", "art. 6, avant-dernière phrase"),
        ("In artikel 6 van hetzelfde besluit wordt het laatste lid opgeheven.", "art. 6, dernier al."),
    ])
    func dutch(_ instruction: String, _ target: String) throws {
        let read = dutchEdits(instruction)
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        let edit = try #require(read.edits.first)
        #expect(read.edits.count == 1 && edit.kind == .repeal)
        #expect(edit.targetAddress == target)
    }
}
