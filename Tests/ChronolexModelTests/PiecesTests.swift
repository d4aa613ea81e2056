@testable import ChronolexModel
import Testing

/// `String(pieces:)` gathers pieces in a buffer of 96 bytes, then finishes a longer text by
/// appending: the same string as the pieces joined, on either side of the buffer's end.
@Suite("A string made of pieces")
struct PiecesTests {
    @Test("the pieces joined", arguments: [0, 1, 5, 20, 31, 32, 33, 60])
    func piecesJoined(count: Int) {
        let pieces = (0..<count).map { k in k % 3 == 0 ? "§ \(k), " : (k % 3 == 1 ? "al. \(k)" : "alinéa") }
        let made = String(pieces: { write in pieces.forEach(write) })
        #expect(made == pieces.joined())
        #expect(Array(made.utf8) == Array(pieces.joined().utf8))
    }

    @Test func aPieceAcrossTheBuffersEnd() {
        let first = String(repeating: "a", count: 90)
        let second = "€ et ça"
        #expect(String(pieces: { $0(first); $0(second); $0("!") }) == first + second + "!")
        #expect(String(pieces: { $0(String(repeating: "é", count: 48)); $0("x") }) == String(repeating: "é", count: 48) + "x")
        #expect(String(pieces: { _ in }) == "")
    }

    @Test func addressesAreTheirSteps() {
        let steps: [UnitStep] = [.article("5/1"), .paragraph("2"), .alinea(3), .point(PointLabel(kind: .degree, value: "4")), .sentence(2)]
        #expect(UnitReference(steps).address == "art. 5/1, § 2, al. 3, 4°, phrase 2")
        #expect(steps.map(\.description) == ["art. 5/1", "§ 2", "al. 3", "4°", "phrase 2"])
        #expect(Address(article: "1er", paragraph: "2", alinea: 1, points: [PointLabel(kind: .letter, value: "a")]).description == "art. 1, § 2, al. 1, a)")
    }
}
