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

/// Straight quotes, whose direction the line decides.
@Suite("Straight quotation marks")
struct StraightQuoteTests {
    /// 2020040068, art. 1, 2°: "… les mots " A " et … le mot " B " est remplacée par
    /// l'énumération suivante : "" — after a colon at the end of the line, the last quote
    /// opens the new text printed on the lines below (it was read as a stray closing mark,
    /// and each line of the new text as an instruction).
    @Test func theLastQuoteOfALineOpensAfterAColon() throws {
        let result = ActReader.read(text: """
        ---
        title-fr: "Arrêté royal modifiant l'arrêté royal du 12 novembre 2008"
        date: 2020-01-01
        ---

        **Article 1er.** Le mot " A " et le mot " B " sont remplacés par l'énumération suivante : "

        - C00-C14 : lip

        - Z51.12 : immunotherapy".

        **Art. 2.** Le ministre est chargé de l'exécution.
        """, file: "quotes.md")
        #expect(!result.diagnostics.contains { $0.message.hasPrefix("closing quotation mark with no opening one") }, "\(result.diagnostics)")
        let act = try #require(result.act)
        let first = try #require(act.articles.first)
        #expect(first.alineas.first?.text.hasPrefix("Le mot « A » et le mot « B » sont remplacés par l'énumération suivante : «") == true)
        #expect(first.alineas.flatMap(\.points).isEmpty, "the lines of the quotation are no points of the article")
        #expect(act.articles.count == 2)
        // A stray closing quote at the end of a line (no colon before it) stays one.
        let stray = ActReader.read(text: "---\ntitle-fr: x\n---\n\n**Art. 1.** Le mot \" A \" est remplacé par le mot \" B \" \".\n", file: "stray.md")
        #expect(stray.diagnostics.contains { $0.message.hasPrefix("closing quotation mark with no opening one") })
    }

    /// 2021030266, art. 3, 8°: "… les mots " A " sont remplacés par les mots " :" and the
    /// new words go on, a list of dashes, on the lines below: a quote right after « les
    /// mots » opens them (it was read as a stray closing mark).
    @Test func aQuoteAfterLesMotsOpensTheNewWords() throws {
        let result = ActReader.read(text: """
        ---
        title-fr: "Arrêté ministériel modifiant l'arrêté ministériel du 28 octobre 2020"
        date: 2021-01-01
        ---

        **Article 1er.** Dans l'article 8, les mots "  les prestations visées à l'annexe. " sont remplacés par les mots " :

        - les prestations visées à l'annexe ;

        - les visites de biens immobiliers. ".

        **Art. 2.** Le ministre est chargé de l'exécution.
        """, file: "quotes.md")
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics)")
        let act = try #require(result.act)
        let first = try #require(act.articles.first)
        #expect(first.alineas.first?.text.contains("sont remplacés par les mots « :\n- les prestations") == true, "\(first.alineas.first?.text ?? "")")
        #expect(act.articles.count == 2)
    }
}
