import ChronolexModel
import ChronolexTimeline
import ChronolexWorkspace
import Testing

/// Look 23 (2026-12-03, session 30): the Dutch forms read since, applied to a Dutch base act.
@Suite("Look 23: Dutch forms applied")
struct HandCheck23Tests {
    static let base = """
    ---
    title-nl: "Besluit van de Regering betreffende de openbare bibliotheken"
    date: 2015-03-12
    number: 2015201234
    publication: 2015-04-02
    starts: 2015-04-12
    ---

    **Artikel 1.** Dit besluit regelt de erkenning van de openbare bibliotheken.

    **Art. 2.** Voor de toepassing van dit besluit wordt verstaan onder:

    1° bibliotheek: een openbare bibliotheek;

    2° inrichtende macht: de commune of de vereniging;

    3° leesplaats: een plaats van uitlening;

    4° collectie: het geheel van de documenten.

    **Art. 3.** § 1. De bibliotheek is open.

    Zij is gratis.

    § 2. De minister bepaalt de openingsuren.

    **Art. 7.** De bibliotheek is ten minste vier uren per week open. Zij telt vier uren leesplaats.
    """

    static let amending = """
    ---
    title-nl: "Besluit van de Regering tot wijziging van het besluit van de Regering van 12 maart 2015 betreffende de openbare bibliotheken"
    date: 2016-01-10
    number: 2016200001
    publication: 2016-01-20
    starts: 2016-02-01
    ---

    **Artikel 1.** In artikel 2 van het besluit van de Regering van 12 maart 2015 betreffende de openbare bibliotheken worden de bepalingen onder 2° en 4° opgeheven.

    **Art. 2.** In artikel 7 van hetzelfde besluit wordt het woord "vier" telkens door het woord "vijf" vervangen.

    **Art. 3.** Aan artikel 3, § 2, van hetzelfde besluit worden de volgende leden toegevoegd:

    "Nieuw een."

    "Nieuw twee."

    **Art. 4.** Aan artikel 2 van hetzelfde besluit wordt een bepaling 5° toegevoegd, luidende:

    "5° iets: iets anders."

    **Art. 5.** In artikel 3, § 1, van hetzelfde besluit wordt aan het eerste lid een lid toegevoegd, luidende:

    "Nieuw drie."
    """

    @Test func appliedAsJustelWouldPrintThem() throws {
        let fixture = try Fixture(base: Self.base, amending: [Self.amending])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("7", at: "2016-02-01") == "Art. 7. De bibliotheek is ten minste vijf uren per week open. Zij telt vijf uren leesplaats.\n")
        #expect(fixture.text("7", at: "2016-01-31")?.contains("vier uren per week") == true)
        let two = try #require(fixture.text("2", at: "2016-02-01"))
        #expect(two.contains("2° (...)") && two.contains("4° (...)") && two.contains("3° leesplaats") && two.hasSuffix("5° iets: iets anders.\n"), "\(two)")
        let three = try #require(fixture.text("3", at: "2016-02-01"))
        #expect(three.contains("De bibliotheek is open.\nNieuw drie.\nZij is gratis."), "\(three)")
        #expect(three.hasSuffix("De minister bepaalt de openingsuren.\nNieuw een.\nNieuw twee.\n"), "\(three)")
    }
}
