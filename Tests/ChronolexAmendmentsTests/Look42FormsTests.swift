import ChronolexAmendments
import ChronolexModel
import Testing

/// Look 42 (a jurist's probe): entry-into-force clauses left unread, so that the act's
/// changes had no date — « le trentième jour suivant celui de sa publication » (ordinals
/// stopped at « vingtième »), and the Dutch « de eerste dag van de maand na afloop van een
/// termijn van tien dagen die ingaat de dag na de bekendmaking », whose French form was read.
@Suite("Look 42: entry-into-force clauses")
struct Look42FormsTests {
    @Test("the tens and the ordinals between them, written in words", arguments: [
        ("Le présent arrêté entre en vigueur le trentième jour suivant celui de sa publication au Moniteur belge.", false, "2015-02-24"),
        ("Le présent arrêté entre en vigueur le quarante-cinquième jour qui suit sa publication au Moniteur belge.", false, "2015-03-11"),
        ("Le présent arrêté entre en vigueur le vingt-et-unième jour qui suit sa publication au Moniteur belge.", false, "2015-02-15"),
        ("Dit besluit treedt in werking op de dertigste dag na de bekendmaking ervan in het Belgisch Staatsblad.", true, "2015-02-24"),
    ])
    func ordinalDays(_ clause: String, _ dutch: Bool, _ date: String) {
        let (result, map) = Look23FormsTests().dates(clause, dutch: dutch)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        #expect(map == ["art. 1": date, "art. 2": date])
    }

    /// Published on 25 January 2015: the delay of ten days ends on 4 February, so the first
    /// day of the month after is 1 March, in both languages.
    @Test("« na afloop van een termijn van tien dagen die ingaat de dag na de bekendmaking », as its French form")
    func monthAfterADelay() {
        let (dutchResult, dutch) = Look23FormsTests().dates("Dit besluit treedt in werking op de eerste dag van de maand na afloop van een termijn van tien dagen die ingaat de dag na de bekendmaking ervan in het Belgisch Staatsblad.", dutch: true)
        let (_, french) = Look23FormsTests().dates("Le présent arrêté entre en vigueur le premier jour du mois qui suit l'expiration d'un délai de dix jours prenant cours le jour après sa publication au Moniteur belge.")
        #expect(!dutchResult.hasErrors, "\(dutchResult.diagnostics.map(\.message))")
        #expect(dutch == ["art. 1": "2015-03-01", "art. 2": "2015-03-01"])
        #expect(dutch == french)
    }

    @Test("ordinals in words: the tens, the ones between, the table's own")
    func ordinalWords() {
        #expect(OrdinalNumber.value(ofOrdinal: "trentième") == 30)
        #expect(OrdinalNumber.value(ofOrdinal: "soixante-neuvième") == 69)
        #expect(OrdinalNumber.value(ofOrdinal: "quatre-vingt-dixième") == 90)
        #expect(OrdinalNumber.value(ofOrdinal: "negentigste") == 90)
        #expect(OrdinalNumber.value(ofOrdinal: "vingtième") == 20)
        #expect(OrdinalNumber.value(ofOrdinal: "trente") == nil)
    }

    /// The act's own clause and the front matter's `starts:` give two days (the real law of
    /// 25 December 2023, 2024000103: « entre en vigueur le 1er janvier 2024 », Justel's
    /// `starts: 2024-02-01`): the act's words are taken, as before, and now said.
    @Test("a clause and « starts: » that give two days: the clause, said", arguments: [("2024-02-01", true), ("2024-01-01", false)])
    func startsAgainstTheClause(_ starts: String, _ said: Bool) {
        let (result, map) = EntryIntoForceTests().dates("La présente loi entre en vigueur le 1er janvier 2024.", publication: "2024-01-22", starts: starts)
        #expect(map["art. 2"] == "2024-01-01 retro")
        let warnings = result.diagnostics.filter { $0.message.contains("the front matter's 'starts: \(starts)' from another day") }
        #expect(warnings.count == (said ? 1 : 0), "\(result.diagnostics.map(\.message))")
    }
}
