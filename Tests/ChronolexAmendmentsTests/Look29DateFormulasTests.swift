import ChronolexAmendments
import ChronolexModel
import Testing

/// Look 29 (F6): formulas of entry into force that stopped the run, each an error — the
/// standard federal Dutch formula (the day of publication itself), the first day of the
/// second month after the month of publication, and the day after publication.
@Suite("Look 29: the day of publication, the day after it, the second month after it")
struct Look29DateFormulasTests {
    /// Published 2015-01-25 unless said (``Look23FormsTests/dates(_:dutch:publication:)``).
    @Test(arguments: [
        // « de dag waarop het … wordt bekendgemaakt »: the day of publication itself.
        ("Dit besluit treedt in werking de dag waarop het in het Belgisch Staatsblad wordt bekendgemaakt.", true, "2015-01-25", "2015-01-25"),
        ("Dit besluit treedt in werking op de dag waarop het in het Belgisch Staatsblad wordt bekendgemaakt.", true, "2015-01-25", "2015-01-25"),
        ("Dit besluit treedt in werking de dag waarop het wordt bekendgemaakt in het Belgisch Staatsblad.", true, "2015-01-25", "2015-01-25"),
        // « de eerste dag van de tweede maand na die waarin het … is bekendgemaakt »: the first
        // day of the month two months after the month of publication.
        ("Dit besluit treedt in werking op de eerste dag van de tweede maand na die waarin het in het Belgisch Staatsblad is bekendgemaakt.", true, "2015-01-25", "2015-03-01"),
        ("Dit besluit treedt in werking op de eerste dag van de tweede maand volgend op die waarin het is bekendgemaakt in het Belgisch Staatsblad.", true, "2015-01-25", "2015-03-01"),
        ("Dit besluit treedt in werking op de eerste dag van de tweede maand na die waarin het in het Belgisch Staatsblad is bekendgemaakt.", true, "2015-12-10", "2016-02-01"),
        ("Dit besluit treedt in werking op de eerste dag van de derde maand na die waarin het in het Belgisch Staatsblad is bekendgemaakt.", true, "2015-11-10", "2016-02-01"),
        // « le jour qui suit sa publication »: the day after it.
        ("Le présent arrêté entre en vigueur le jour qui suit sa publication au Moniteur belge.", false, "2015-01-25", "2015-01-26"),
        ("Le présent arrêté entre en vigueur le jour qui suit celui de sa publication au Moniteur belge.", false, "2015-01-25", "2015-01-26"),
        ("Le présent arrêté entre en vigueur le jour suivant celui de sa publication au Moniteur belge.", false, "2015-12-31", "2016-01-01"),
        ("Dit besluit treedt in werking de dag na de bekendmaking ervan in het Belgisch Staatsblad.", true, "2015-01-25", "2015-01-26"),
        ("Dit besluit treedt in werking op de dag volgend op die van zijn bekendmaking in het Belgisch Staatsblad.", true, "2015-01-25", "2015-01-26"),
    ])
    func formulas(_ clause: String, _ dutch: Bool, _ publication: String, _ date: String) {
        let (result, map) = Look23FormsTests().dates(clause, dutch: dutch, publication: publication)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        #expect(map == ["art. 1": date, "art. 2": date])
    }

    /// The two Dutch formulas in one clause, the second in an exception.
    @Test func theDayOfPublicationWithAnException() {
        let (result, map) = Look23FormsTests().dates("Dit besluit treedt in werking de dag waarop het in het Belgisch Staatsblad wordt bekendgemaakt, met uitzondering van artikel 2, dat in werking treedt op de eerste dag van de tweede maand na die waarin het in het Belgisch Staatsblad is bekendgemaakt.", dutch: true)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        #expect(map == ["art. 1": "2015-01-25", "art. 2": "2015-03-01"])
    }
}
