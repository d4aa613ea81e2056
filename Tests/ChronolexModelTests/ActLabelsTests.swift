import ChronolexModel
import Testing

/// Branch dutch34: the words outputs write about acts (dates, names of acts, Justel's
/// abbreviations and notes) in the act's language — Dutch for a Dutch act, French otherwise
/// — the Dutch forms of Justel as its Dutch pages print them (the Strafwetboek in
/// `shared/corpus/justel-html`: `W`, `KB`, `Inwerkingtreding :`).
@Suite("Act labels: the act's language")
struct ActLabelsTests {
    let date = LegalDate("2022-12-01")!
    let first = LegalDate("2023-01-01")!

    @Test func dutch() {
        let labels = ActLabels.forLanguage(.dutch)
        #expect(labels.date(first) == "1 januari 2023")
        #expect(labels.act(.arreteRoyal, date: date) == "koninklijk besluit van 1 december 2022")
        #expect(labels.act(.loi, date: date) == "wet van 1 december 2022")
        #expect(labels.act(nil, date: nil) == "akte van ?")
        #expect(labels.entryIntoForce == "Inwerkingtreding")
        #expect(labels.justelAbbreviation(.loi, authority: nil) == "W")
        #expect(labels.justelAbbreviation(.arreteRoyal, authority: nil) == "KB")
        // No Dutch form in the pages held: the French one, not an invented one.
        #expect(labels.justelAbbreviation(.decret, authority: "Vlaamse overheid") == "DCFL")
        #expect(labels.justelAbbreviation(.ordonnance, authority: nil) == "ORD")
        #expect(labels.citation("AR 2022-12-22/31, art. 8, 2°") == "KB 2022-12-22/31, art. 8, 2°")
        #expect(labels.citation("L 2018-07-11/10, art. 2") == "W 2018-07-11/10, art. 2")
        #expect(labels.citation("ARR 2022-12-22/31, art. 8") == "ARR 2022-12-22/31, art. 8")
        #expect(labels.citation("the base act itself (AR 2010-03-01), in force later") == "the base act itself (AR 2010-03-01), in force later")
    }

    @Test(arguments: [nil, Language.french, .german])
    func frenchOtherwise(_ language: Language?) {
        let labels = ActLabels.forLanguage(language)
        #expect(labels.language == .french)
        #expect(labels.date(first) == "1er janvier 2023")
        #expect(labels.act(.arreteDuGouvernement, date: date) == "arrêté du Gouvernement du 1er décembre 2022")
        #expect(labels.act(nil, date: nil) == "acte du ?")
        #expect(labels.entryIntoForce == "En vigueur")
        #expect(labels.justelAbbreviation(.loi, authority: nil) == "L")
        #expect(labels.citation("AR 2022-12-22/31, art. 8") == "AR 2022-12-22/31, art. 8")
    }
}
