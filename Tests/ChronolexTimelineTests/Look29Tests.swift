import Foundation
import ChronolexModel
import ChronolexTimeline
import ChronolexWorkspace
import Testing

/// Look 29 (a probe of a frozen build): the base act cited as « précité » was taken for
/// another act (its changes left out, exit 0), …
@Suite("Look 29: the probe's findings")
struct Look29Tests {
    /// « de l'arrêté du Gouvernement du 1er mars 2020 précité », « de l'arrêté précité »:
    /// the act cited before, here the base; the change is applied. (« précité » was read as
    /// the title: « 1 edit(s) aimed at 1 other act(s) », the text unamended.)
    @Test(arguments: [
        "Dans l'article 4 de l'arrêté du Gouvernement du 1er mars 2020 précité, le mot « département » est remplacé par le mot « service ».",
        "Dans l'article 4 de l'arrêté précité, le mot « département » est remplacé par le mot « service ».",
        "Dans l'article 4 de l'arrêté du Gouvernement précité, le mot « département » est remplacé par le mot « service ».",
        "Dans l'article 4 de l'arrêté susmentionné, le mot « département » est remplacé par le mot « service ».",
        "Dans l'article 4 de l'arrêté du 1er mars 2020 susvisé, le mot « département » est remplacé par le mot « service ».",
    ])
    func theBaseCitedAsAforesaid(_ instruction: String) throws {
        let fixture = try Fixture(base: OperationTests.base, amending: [OperationTests.amending("""
        **Art. 1er.** Dans l'article 3 de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais, le mot « trente » est remplacé par le mot « quarante ».

        **Art. 2.** \(instruction)
        """)])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("4", at: "2021-06-01")?.hasPrefix("Art. 4. Le service tient un registre.") == true, "\(fixture.text("4", at: "2021-06-01") ?? "")")
    }

    /// An act of the same date cited as « précité » that is not the base: another act, left
    /// out (not the base, whose date differs).
    @Test func anotherActCitedAsAforesaid() throws {
        let fixture = try Fixture(base: OperationTests.base, amending: [OperationTests.amending("""
        **Art. 1er.** Dans l'article 3 de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais, le mot « trente » est remplacé par le mot « quarante ».

        **Art. 2.** Dans l'article 4 de l'arrêté du Gouvernement du 5 mai 2019 précité, le mot « département » est remplacé par le mot « service ».
        """)])
        #expect(fixture.text("4", at: "2021-06-01")?.hasPrefix("Art. 4. Le département tient un registre.") == true)
    }

    /// Dutch « van het voormelde besluit », « van voormeld besluit »: the act of that kind
    /// cited before.
    @Test(arguments: ["van het voormelde besluit", "van voormeld besluit", "van het voornoemde besluit"])
    func dutchAforesaid(_ act: String) throws {
        let amending = HandCheck23Tests.amending.replacingOccurrences(of: "In artikel 7 van hetzelfde besluit", with: "In artikel 7 " + act)
        let fixture = try Fixture(base: HandCheck23Tests.base, amending: [amending])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("7", at: "2016-02-01") == "Art. 7. De bibliotheek is ten minste vijf uren per week open. Zij telt vijf uren leesplaats.\n")
    }
}
