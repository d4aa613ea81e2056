import ChronolexModel
import ChronolexTimeline
import Testing

/// Look 28 left these unread or misplaced: « entre les articles 5bis et 6 » in a chapter, Dutch
/// « tussen de artikelen 2 en 3 », « vóór artikel 5 een hoofdstuk 1/1 », a Dutch lead-in « In
/// hoofdstuk 2 van het besluit … », and « après l'article 6, une section 3 » where art. 6 ends a
/// section inside a chapter (placed between two chapters). The text after each; the edits
/// they give are in `ChronolexAmendmentsTests/PlacesAmongArticlesTests.swift`.
@Suite("Places among articles and divisions, applied (look 28's forms left)")
struct PlacesAmongArticlesTests {
    /// Chapter 2 holds two sections; art. 5bis and 6 end the second.
    static let french = baseAct("""
    ### Chapitre 1er. - Dispositions générales

    **Article 1er.** Le présent arrêté règle les essais.

    **Art. 2.** Le ministre agrée les essais.

    ### Chapitre 2. - Procédure

    #### Section 1re. - Demande

    **Art. 3.** La demande est introduite par écrit.

    **Art. 4.** Le ministre statue.

    #### Section 2. - Décision

    **Art. 5.** Le ministre notifie la décision.

    **Art. 5bis.** Le ministre publie la liste.

    **Art. 6.** Le ministre tient un registre.

    ### Chapitre 3. - Dispositions finales

    **Art. 7.** Le présent arrêté entre en vigueur le 1er avril 2020.
    """)

    /// The act's divisions and articles, in order: `Chapitre 2 [Section 1 [3 4] …]`.
    static func outline(_ body: [BodyElement]) -> String {
        body.map { element in
            switch element {
            case .article(let article): ArticleNumber.normalized(article.number)
            case .division(let division): "\(division.citation) [\(outline(division.children))]"
            }
        }.joined(separator: " ")
    }

    static func fixture(_ instruction: String, base: String = french, dutch: Bool = false) throws -> Fixture {
        try Fixture(base: base, amending: [dutch ? Self.dutchAmending(instruction) : OperationTests.amending("**Art. 1er.** " + instruction)])
    }

    static func outline(_ fixture: Fixture) -> String {
        outline(fixture.timeline.act(at: LegalDate("2021-06-01")!).body)
    }

    static let frenchAfter = "Chapitre 1 [1 2] Chapitre 2 [Section 1 [3 4] Section 2 [5 5bis 5ter 6]] Chapitre 3 [7]"

    // MARK: 1. « entre les articles 5bis et 6 »

    @Test(arguments: [
        "Dans le chapitre 2 du même arrêté, il est inséré entre les articles 5bis et 6 un article 5ter rédigé comme suit :",
        "Dans le chapitre 2 du même arrêté, il est inséré entre l'article 5bis et l'article 6 un article 5ter rédigé comme suit :",
        "Dans le même arrêté, il est inséré entre les articles 5bis et 6 un article 5ter rédigé comme suit :",
        "Entre les articles 5bis et 6 du même arrêté, il est inséré un article 5ter rédigé comme suit :",
    ])
    func betweenTwoArticles(_ instruction: String) throws {
        let fixture = try Self.fixture(instruction + "\n\n« Art. 5ter. Le ministre publie le registre. »")
        #expect(fixture.failures.isEmpty && fixture.warnings.isEmpty, "\(fixture.failures) \(fixture.warnings)")
        #expect(Self.outline(fixture) == Self.frenchAfter)
        #expect(fixture.text("5ter", at: "2021-06-01") == "Art. 5ter. Le ministre publie le registre.\n")
    }

    /// Two articles that do not follow each other (a 5bis between), or not in the chapter
    /// named: errors, as for the other « entre » forms.
    @Test func betweenTwoArticlesThatAreNotNeighbours() throws {
        let apart = try Self.fixture("Dans le chapitre 2 du même arrêté, il est inséré entre les articles 5 et 6 un article 5ter rédigé comme suit :\n\n« Art. 5ter. Texte. »")
        #expect(apart.failures == ["Art. 1: the instruction puts art. 5ter between art. 5 and art. 6, which do not follow each other in the act on 2021-01-01"])
        let elsewhere = try Self.fixture("Dans le chapitre 1er du même arrêté, il est inséré entre les articles 5bis et 6 un article 5ter rédigé comme suit :\n\n« Art. 5ter. Texte. »")
        #expect(elsewhere.failures == ["Art. 1: the instruction puts art. 5ter after art. 5bis in chapitre 1, but art. 5bis is not in chapitre 1 in the act on 2021-01-01: not applied"])
        #expect(Self.outline(elsewhere) == "Chapitre 1 [1 2] Chapitre 2 [Section 1 [3 4] Section 2 [5 5bis 6]] Chapitre 3 [7]")
    }

    // MARK: 2. Dutch « tussen de artikelen 2 en 3 »

    /// Hoofdstuk 2 holds art. 2, 3 and 5, hoofdstuk 3 art. 7.
    static let dutch = """
    ---
    title-nl: "Besluit van de Regering betreffende de proeven"
    date: 2020-03-01
    number: 2020200001
    case: 2020-03-01/01
    publication: 2020-03-10
    starts: 2020-04-01
    ---

    ### Hoofdstuk 1. - Algemene bepalingen

    **Artikel 1.** Dit besluit regelt de proeven.

    ### Hoofdstuk 2. - Procedure

    **Art. 2.** De minister erkent de proeven.

    **Art. 3.** De minister houdt een register bij.

    **Art. 5.** De minister beslist.

    ### Hoofdstuk 3. - Slotbepalingen

    **Art. 7.** Dit besluit treedt in werking op 1 april 2020.
    """

    static func dutchAmending(_ body: String) -> String {
        """
        ---
        title-nl: "Besluit van de Regering tot wijziging van het besluit van de Regering van 1 maart 2020 betreffende de proeven"
        date: 2020-06-01
        number: 2020200100
        case: 2020-06-01/01
        publication: 2020-06-10
        modifies: 2020200001
        ---

        \(body)

        **Art. 99.** Dit besluit treedt in werking op 1 januari 2021.
        """
    }

    @Test(arguments: [
        "In hoofdstuk 2 van het besluit van de Regering van 1 maart 2020 betreffende de proeven wordt tussen de artikelen 2 en 3 een artikel 2/1 ingevoegd, luidende:",
        "In hoofdstuk 2 van het besluit van de Regering van 1 maart 2020 betreffende de proeven wordt tussen artikel 2 en artikel 3 een artikel 2/1 ingevoegd, luidende:",
        "In het besluit van de Regering van 1 maart 2020 betreffende de proeven wordt tussen de artikelen 2 en 3 een artikel 2/1 ingevoegd, luidende:",
    ])
    func dutchBetweenTwoArticles(_ instruction: String) throws {
        let fixture = try Self.fixture("**Artikel 1.** " + instruction + "\n\n« Art. 2/1. De minister publiceert het register. »", base: Self.dutch, dutch: true)
        #expect(fixture.failures.isEmpty && fixture.warnings.isEmpty, "\(fixture.failures) \(fixture.warnings)")
        #expect(Self.outline(fixture) == "Hoofdstuk 1 [1] Hoofdstuk 2 [2 2/1 3 5] Hoofdstuk 3 [7]".replacingOccurrences(of: "Hoofdstuk", with: "Chapitre"))
        #expect(fixture.text("2/1", at: "2021-06-01") == "Art. 2/1. De minister publiceert het register.\n")
    }

    @Test func dutchBetweenTwoArticlesThatAreNotNeighbours() throws {
        let fixture = try Self.fixture("**Artikel 1.** In hoofdstuk 2 van het besluit van de Regering van 1 maart 2020 betreffende de proeven wordt tussen de artikelen 2 en 5 een artikel 2/1 ingevoegd, luidende:\n\n« Art. 2/1. Tekst. »",
                                       base: Self.dutch, dutch: true)
        #expect(fixture.failures == ["Art. 1: the instruction puts art. 2/1 between art. 2 and art. 5, which do not follow each other in the act on 2021-01-01"])
    }

    // MARK: 3. A division before an article

    /// Hoofdstuk 2 starts with art. 2: a chapter « vóór artikel 2 » goes between the two
    /// chapters, with its own new article.
    @Test func dutchChapterBeforeAnArticle() throws {
        let fixture = try Self.fixture("""
        **Artikel 1.** In het besluit van de Regering van 1 maart 2020 betreffende de proeven wordt vóór artikel 2 een hoofdstuk 1/1 ingevoegd, luidende:

        « Hoofdstuk 1/1. - Beroep

        Art. 1/1. De aanvrager kan beroep instellen. »
        """, base: Self.dutch, dutch: true)
        #expect(fixture.failures.isEmpty && fixture.warnings.isEmpty, "\(fixture.failures) \(fixture.warnings)")
        #expect(Self.outline(fixture) == "Chapitre 1 [1] Chapitre 1/1 [1/1] Chapitre 2 [2 3 5] Chapitre 3 [7]")
        #expect(fixture.text("1/1", at: "2021-06-01") == "Art. 1/1. De aanvrager kan beroep instellen.\n")
    }

    /// French « avant l'article 5, il est inséré un chapitre » (read before: its heading alone,
    /// before the chapter art. 5 starts); before an article inside a chapter, an error.
    @Test func frenchChapterBeforeAnArticle() throws {
        let heading = try Self.fixture("Dans le même arrêté, avant l'article 3, il est inséré un chapitre 1/1 intitulé « Recours ».")
        #expect(heading.failures.isEmpty && heading.warnings.isEmpty, "\(heading.failures) \(heading.warnings)")
        #expect(Self.outline(heading) == "Chapitre 1 [1 2] Chapitre 1/1 [] Chapitre 2 [Section 1 [3 4] Section 2 [5 5bis 6]] Chapitre 3 [7]")
        let inside = try Self.fixture("Dans le même arrêté, avant l'article 5, il est inséré un chapitre 1/1 intitulé « Recours ».")
        #expect(inside.failures == ["Art. 1: the instruction puts Chapitre 1/1 before art. 5, but its number places it before art. 3: not applied"])
    }

    @Test func dutchChapterBeforeAnArticleInsideAChapter() throws {
        let fixture = try Self.fixture("**Artikel 1.** In het besluit van de Regering van 1 maart 2020 betreffende de proeven wordt vóór artikel 3 een hoofdstuk 1/1 ingevoegd, luidende:\n\n« Hoofdstuk 1/1. - Beroep »",
                                       base: Self.dutch, dutch: true)
        #expect(fixture.failures == ["Art. 1: the instruction puts Chapitre 1/1 before art. 3, but its number places it before art. 2: not applied"])
    }

    // MARK: 4. A Dutch lead-in on a chapter

    @Test func dutchLeadInOnAChapter() throws {
        let fixture = try Self.fixture("""
        **Artikel 1.** In hoofdstuk 2 van het besluit van de Regering van 1 maart 2020 betreffende de proeven worden de volgende wijzigingen aangebracht:

        1° tussen de artikelen 2 en 3 wordt een artikel 2/1 ingevoegd, luidende:

        « Art. 2/1. De minister publiceert het register. »

        2° artikel 5 wordt opgeheven.
        """, base: Self.dutch, dutch: true)
        #expect(fixture.failures.isEmpty && fixture.warnings.isEmpty, "\(fixture.failures) \(fixture.warnings)")
        #expect(Self.outline(fixture) == "Chapitre 1 [1] Chapitre 2 [2 2/1 3 5] Chapitre 3 [7]")
        #expect(fixture.text("5", at: "2021-06-01") == "Art. 5. (Abrogé)\n") // TextRenderer's word; `consolidate` prints the act's language
        #expect(fixture.text("5", at: "2020-12-31") == "Art. 5. De minister beslist.\n")
    }

    // MARK: 5. A section after the article that ends a section inside a chapter

    @Test(arguments: [
        "Dans le même arrêté, après l'article 6, il est inséré une section 3 intitulée « Recours ».",
        "Dans le même arrêté, il est inséré, après l'article 6, une section 3 intitulée « Recours ».",
        "Dans le chapitre 2 du même arrêté, après l'article 6, il est inséré une section 3 intitulée « Recours ».",
    ])
    func aSectionAfterTheArticleEndingASection(_ instruction: String) throws {
        let fixture = try Self.fixture(instruction)
        #expect(fixture.failures.isEmpty && fixture.warnings.isEmpty, "\(fixture.failures) \(fixture.warnings)")
        #expect(Self.outline(fixture) == "Chapitre 1 [1 2] Chapitre 2 [Section 1 [3 4] Section 2 [5 5bis 6] Section 3 []] Chapitre 3 [7]")
    }

    /// With its own new article; and before the first article of a section.
    @Test func aSectionWithItsArticle() throws {
        let fixture = try Self.fixture("Dans le même arrêté, après l'article 6, il est inséré une section 3 rédigée comme suit :\n\n« Section 3. - Recours\n\nArt. 6/1. Le demandeur peut introduire un recours. »")
        #expect(fixture.failures.isEmpty && fixture.warnings.isEmpty, "\(fixture.failures) \(fixture.warnings)")
        #expect(Self.outline(fixture) == "Chapitre 1 [1 2] Chapitre 2 [Section 1 [3 4] Section 2 [5 5bis 6] Section 3 [6/1]] Chapitre 3 [7]")
        let before = try Self.fixture("Dans le même arrêté, avant l'article 5, il est inséré une section 1/1 intitulée « Instruction ».")
        #expect(before.failures.isEmpty && before.warnings.isEmpty, "\(before.failures) \(before.warnings)")
        #expect(Self.outline(before) == "Chapitre 1 [1 2] Chapitre 2 [Section 1 [3 4] Section 1/1 [] Section 2 [5 5bis 6]] Chapitre 3 [7]")
    }

    /// Impossible places keep their errors: after an article that does not end its section;
    /// a chapter after the article that ends a chapter still goes beside it.
    @Test func impossiblePlacesStayErrors() throws {
        let middle = try Self.fixture("Dans le même arrêté, après l'article 5bis, il est inséré une section 3 intitulée « Recours ».")
        #expect(middle.failures == ["Art. 1: the instruction puts Section 3 after art. 5bis, but its number places it after art. 6: not applied"])
        let chapter = try Self.fixture("Dans le même arrêté, après l'article 6, il est inséré un chapitre 2/1 intitulé « Recours ».")
        #expect(chapter.failures.isEmpty && chapter.warnings.isEmpty, "\(chapter.failures) \(chapter.warnings)")
        #expect(Self.outline(chapter) == "Chapitre 1 [1 2] Chapitre 2 [Section 1 [3 4] Section 2 [5 5bis 6]] Chapitre 2/1 [] Chapitre 3 [7]")
    }

    /// A section after an article that stands in a chapter without sections: inside that
    /// chapter, after the article (it went between the chapters).
    @Test func aSectionInAChapterWithoutSections() throws {
        let fixture = try Self.fixture("Dans le même arrêté, après l'article 2, il est inséré une section 1re intitulée « Définitions ».")
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(Self.outline(fixture) == "Chapitre 1 [1 2 Section 1 []] Chapitre 2 [Section 1 [3 4] Section 2 [5 5bis 6]] Chapitre 3 [7]")
    }
}
