import ChronolexModel
import ChronolexReaders
import Testing

@Suite("Plain eJustice text")
struct PlainTextTests {
    static let text = """
    12 MARS 2015. - Arrêté du Gouvernement relatif aux bibliothèques publiques

    Le Gouvernement de la Communauté germanophone,
    Vu le décret du 6 juin 2008, article 5;
    Arrête :

    CHAPITRE 1er. - Dispositions générales
    Article 1er. Le présent arrêté règle la reconnaissance des bibliothèques.
    Il s'applique aux communes.
    Art. 2. Pour l'application du présent arrêté, on entend par :
    1° bibliothèque : une bibliothèque publique;
    2° ministre : le ministre compétent.
    CHAPITRE II. - Reconnaissance
    Section 1re. - Conditions
    Art. 3. § 1er. Pour être reconnue, une bibliothèque remplit les conditions suivantes :
    a) être ouverte;
    b) être gratuite.
    § 2. Le ministre statue.
    Section 2 du chapitre II : ce texte n'est pas un titre.
    Art. 4 - Article avec un tiret.
    Article 5 du décret : ceci n'est pas un titre d'article.
    """

    @Test func readsHeadingsAtLineStart() throws {
        let result = ActReader.read(text: Self.text, file: "act.txt")
        #expect(result.format == .plainText)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let act = try #require(result.act)
        #expect(act.metadata.title == "Arrêté du Gouvernement relatif aux bibliothèques publiques")
        #expect(act.metadata.date?.iso == "2015-03-12")
        #expect(act.metadata.kind == .arreteDuGouvernement)
        #expect(act.preamble.map(\.text) == [
            "12 MARS 2015. - Arrêté du Gouvernement relatif aux bibliothèques publiques",
            "Le Gouvernement de la Communauté germanophone,", "Vu le décret du 6 juin 2008, article 5;", "Arrête :",
        ])
        #expect(addresses(act) == [
            "Chapitre 1", "art. 1", "art. 1, al. 1", "art. 1, al. 2", "art. 2", "art. 2, 1°", "art. 2, 2°",
            "Chapitre II", "Section 1", "art. 3", "art. 3, § 1", "art. 3, § 1, a)", "art. 3, § 1, b)", "art. 3, § 2",
            "art. 3, § 2, al. 1", "art. 3, § 2, al. 2", "art. 4", "art. 4, al. 1", "art. 4, al. 2",
        ])
        #expect(act.articles[3].alineas.map(\.text) == ["Article avec un tiret.", "Article 5 du décret : ceci n'est pas un titre d'article."])
    }

    @Test func markdownOfPlainTextReadsBackTheSame() throws {
        let act = try readAct(Self.text, file: "act.txt")
        #expect(act.metadata.language == .french)
        #expect(dump(try roundTrip(act)) == dump(act))
    }

    @Test func dutchHeadingsAndLid() throws {
        let act = try readAct("""
        HOOFDSTUK I. - Algemene bepalingen
        Artikel 1. Dit besluit regelt de erkenning.
        Het is van toepassing op de gemeenten.
        Afdeling 2. - Erkenning
        Art. 2. § 1. De minister beslist.
        """, file: "nl.txt")
        #expect(addresses(act) == ["Chapitre I", "art. 1", "art. 1, al. 1", "art. 1, al. 2", "Section 2", "art. 2", "art. 2, § 1"])
        #expect(act.metadata.language == .dutch)
        #expect(dump(try roundTrip(act)) == dump(act))
    }
}
