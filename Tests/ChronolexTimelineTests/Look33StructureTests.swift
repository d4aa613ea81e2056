import ChronolexModel
import ChronolexTimeline
import Testing

/// The thirty-third look (probes of structure changes on a frozen build): divisions inserted
/// under a number in use, a division cited where two answer, « comportant les articles … »
/// on an insertion, an article inserted into a repealed chapter — each applied without a
/// word before; now errors that say why.
@Suite("Look 33: divisions inserted, cited and repealed")
struct Look33StructureTests {
    static let base = baseAct("""
        ### TITRE 1er. - Généralités

        #### CHAPITRE 1er. - Définitions

        **Article 1er.** Un jardin partagé est un terrain cultivé en commun.

        #### CHAPITRE 2. - Reconnaissance

        ##### Section 1re. - Conditions

        **Art. 3.** Le jardin compte au moins dix membres.

        ##### Section 2. - Procédure

        **Art. 5.** La demande est adressée au ministre.

        ### TITRE 2. - Subventions

        #### CHAPITRE 3. - Montants

        **Art. 7.** La subvention s'élève à cent euros.

        **Art. 8.** Elle est versée chaque année.

        #### CHAPITRE 4. - Dispositions finales

        **Art. 9.** Le ministre est chargé de l'exécution.
        """)
    static let cited = "de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais"

    static func fixture(_ instructions: String...) throws -> Fixture {
        try Fixture(base: base, amending: instructions.enumerated().map { k, body in
            OperationTests.amending(body, date: "2020-0\(k + 5)-01", published: "2020-0\(k + 5)-10", numac: "202020010\(k)")
        })
    }

    /// « il est inséré un chapitre 3 » in titre 2, which has one: an error; the heading
    /// replaced later is the old chapter's (p68). The same for a section (p87).
    @Test func aDivisionUnderANumberInUse() throws {
        let chapter = try Self.fixture("**Art. 1er.** Dans le titre 2 \(Self.cited), il est inséré un chapitre 3 intitulé « Avances ».")
        #expect(chapter.failures == ["Art. 1: chapitre 3 already exists in titre 2 on 2021-01-01"], "\(chapter.failures)")
        let section = try Self.fixture("**Art. 1er.** Dans le chapitre 2 \(Self.cited), il est inséré une section 2 intitulée « Recours ».")
        #expect(section.failures == ["Art. 1: section 2 already exists in chapitre 2 on 2021-01-01"], "\(section.failures)")
        let free = try Self.fixture("**Art. 1er.** Dans le titre 2 \(Self.cited), il est inséré un chapitre 3/1 intitulé « Avances ».")
        #expect(free.failures.isEmpty, "\(free.failures)")
    }

    /// Two sections 1re (chapters 2 and 3): « la section 1re » alone is an error, its
    /// chapter named, applied (p79).
    @Test func aSectionTwoChaptersHave() throws {
        let add = "**Art. 1er.** Le chapitre 3 \(Self.cited) est complété par une section 1re intitulée « Avances »."
        let ambiguous = try Self.fixture(add, "**Art. 1er.** L'intitulé de la section 1re du même arrêté est remplacé par ce qui suit : « Conditions générales ».")
        #expect(ambiguous.failures == ["Art. 1: section 1 stands in several places in the act on 2021-01-01 (Titre 1, Chapitre 2, Section 1; Titre 2, Chapitre 3, Section 1): the instruction does not say which"],
                "\(ambiguous.failures)")
        let named = try Self.fixture(add, "**Art. 1er.** L'intitulé de la section 1re du chapitre 2 du même arrêté est remplacé par ce qui suit : « Conditions générales ».")
        #expect(named.failures.isEmpty, "\(named.failures)")
    }

    /// Section 1re of chapter 2 repealed, section 1re of chapter 3 in force: « la section
    /// 1re » is the one in force (look 34: the repealed one was renamed, unsaid); the heading
    /// of a repealed chapter is not replaced.
    @Test func aSectionInForceBeforeARepealedOne() throws {
        let add = "**Art. 1er.** Le chapitre 3 \(Self.cited) est complété par une section 1re intitulée « Avances »."
        let repeal = "**Art. 1er.** La section 1re du chapitre 2 \(Self.cited), comportant l'article 3, est abrogée."
        let rename = "**Art. 1er.** L'intitulé de la section 1re \(Self.cited) est remplacé par ce qui suit : « Acomptes »."
        let fixture = try Self.fixture(add, repeal, rename)
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        let text = TextRenderer.render(fixture.timeline.act(at: try #require(LegalDate("2021-06-01"))))
        #expect(text.contains("Section 1re. - Conditions (Abrogé)") && text.contains("Section 1re. - Acomptes"), "\(text)")
        let repealedChapter = try Self.fixture("**Art. 1er.** Le chapitre 4 \(Self.cited), comportant l'article 9, est abrogé.",
                                               "**Art. 1er.** L'intitulé du chapitre 4 \(Self.cited) est remplacé par ce qui suit : « Dispositions diverses ».")
        #expect(repealedChapter.failures == ["Art. 1: chapitre 4 is repealed on 2021-01-01: its heading is not replaced"], "\(repealedChapter.failures)")
    }

    /// « comportant les articles 8/1 à 8/3 » whose text holds 8/1 and 8/2: an error; when
    /// the articles agree, applied (p23).
    @Test func theArticlesANewChapterIsSaidToHold() throws {
        func insert(_ clause: String) throws -> Fixture {
            try Self.fixture("""
                **Art. 1er.** Dans le titre 2 \(Self.cited), il est inséré, entre les chapitres 3 et 4, un chapitre 3/1, \(clause), rédigé comme suit :

                « Chapitre 3/1. - Avances

                Art. 8/1. Une avance peut être octroyée.

                Art. 8/2. L'avance ne dépasse pas la moitié de la subvention. »
                """)
        }
        let wrong = try insert("comportant les articles 8/1 à 8/3")
        #expect(wrong.failures == ["Art. 1: the instruction says the new chapitre 3/1 holds art. 8/1 to 8/3; its text holds art. 8/1, art. 8/2: not applied"], "\(wrong.failures)")
        #expect(wrong.text("8/1", at: "2021-06-01") == nil)
        for clause in ["comportant les articles 8/1 et 8/2", "comportant les articles 8/1 à 8/2"] {
            let right = try insert(clause)
            #expect(right.failures.isEmpty, "\(clause): \(right.failures)")
            #expect(right.text("8/2", at: "2021-06-01") == "Art. 8/2. L'avance ne dépasse pas la moitié de la subvention.\n")
        }
    }

    /// « il est inséré un article 8 » over a repealed art. 8: the error says it is repealed
    /// and what re-establishes it (p84: « already exists » alone).
    @Test func anArticleInsertedOverARepealedOne() throws {
        let fixture = try Self.fixture("**Art. 1er.** L'article 8 \(Self.cited) est abrogé.",
                                       "**Art. 1er.** Dans le chapitre 3 \(Self.cited), il est inséré un article 8 rédigé comme suit :\n\n« Art. 8. Elle est versée deux fois. »")
        #expect(fixture.failures == ["Art. 1: art. 8 already exists in the act on 2021-01-01, repealed: an insertion under the number of a repealed article is not applied (« est rétabli » re-establishes it)"], "\(fixture.failures)")
    }

    /// « un article 1er/1 » is art. 1/1: placed after art. 1, and amended as « l'article
    /// 1/1 » (p92: placed at the end of the act, and a later change not applied).
    @Test func anArticleOneErSlashOne() throws {
        #expect(ArticleNumber.normalized("1er/1") == "1/1")
        #expect(ArticleNumber.normalized("1erbis") == "1erbis")
        #expect(ArticleNumber.normalized("L1er/1") == "L1er/1")
        let fixture = try Self.fixture("**Art. 1er.** Dans le chapitre 1er \(Self.cited), il est inséré un article 1er/1 rédigé comme suit :\n\n« Art. 1er/1. Le jardin est géré par une association. »",
                                       "**Art. 1er.** Dans l'article 1/1 \(Self.cited), le mot « association » est remplacé par les mots « association sans but lucratif ».")
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.warnings.isEmpty, "\(fixture.warnings)")
        #expect(fixture.text("1/1", at: "2021-06-01") == "Art. 1er/1. Le jardin est géré par une association sans but lucratif.\n")
        let order = fixture.timeline.act(at: try #require(LegalDate("2021-06-01"))).articles.map(\.number)
        #expect(order.prefix(3) == ["1er", "1er/1", "3"], "\(order)")
    }

    /// « Dans le chapitre 3, il est inséré un article 8/1 » after chapter 3 was repealed: an
    /// error (p15).
    @Test func anArticleInsertedIntoARepealedChapter() throws {
        let fixture = try Self.fixture("**Art. 1er.** Le chapitre 3 \(Self.cited), comportant les articles 7 et 8, est abrogé.",
                                       "**Art. 1er.** Dans le chapitre 3 \(Self.cited), il est inséré un article 8/1 rédigé comme suit :\n\n« Art. 8/1. Une avance peut être octroyée. »")
        #expect(fixture.failures == ["Art. 1: chapitre 3 is repealed on 2021-01-01: art. 8/1 cannot be inserted in it"], "\(fixture.failures)")
        #expect(fixture.text("8/1", at: "2021-06-01") == nil)
    }
}

/// Look 33 (p18, p98): a change refused because an act published later, reaching back,
/// had already changed its words or repealed its article said « not found » or « is
/// repealed » without naming that act.
@Suite("Look 33: the act that reached back is named")
struct ReachingBackNamedTests {
    static let base = baseAct("**Article 1er.** Un.\n\n**Art. 7.** La subvention s'élève à cent euros par membre.")

    static func fixture(_ second: String) throws -> Fixture {
        try Fixture(base: base, amending: [
            OperationTests.amending("**Art. 1er.** Dans l'article 7 de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais, les mots « cent euros » sont remplacés par les mots « deux cents euros »."),
            OperationTests.amending("**Art. 1er.** " + second, date: "2021-03-01", published: "2021-03-10", numac: "2021200100",
                                    entry: "Le présent arrêté produit ses effets le 1er juillet 2020."),
        ])
    }

    @Test func theWordsChangedFirst() throws {
        let fixture = try Self.fixture("Dans l'article 7 de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais, les mots « cent euros » sont remplacés par les mots « cent cinquante euros ».")
        #expect(fixture.failures == ["Art. 1: words « cent euros » not found in art. 7 on 2021-01-01; they stood there until 2020-06-30: the arrêté du Gouvernement du 1er mars 2021 (2021200100, art. 1) changed them from 2020-07-01, published after this act, on 2021-03-10, reaching back"],
                "\(fixture.failures)")
    }

    @Test func theArticleRepealedFirst() throws {
        let fixture = try Self.fixture("L'article 7 de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais est abrogé.")
        #expect(fixture.failures == ["Art. 1: art. 7 is repealed on 2021-01-01 (from 2020-07-01, by the arrêté du Gouvernement du 1er mars 2021, art. 1, published after this act, on 2021-03-10, reaching back)"],
                "\(fixture.failures)")
    }
}

/// « le 3° devient le 4° » (look 33, p53): « not applied yet », and the 3° inserted after it
/// then « already exists ». Now one point is renumbered in its place.
@Suite("Look 33: a point renumbered")
struct PointRenumberedTests {
    static let base = baseAct("""
        **Article 1er.** Un.

        **Art. 3.** Le jardin remplit les conditions suivantes :

        1° compter au moins dix membres;

        2° disposer d'un point d'eau;

        3° être assuré.
        """)

    static func fixture(_ instructions: String) throws -> Fixture {
        try Fixture(base: base, amending: [OperationTests.amending("**Art. 1er.** A l'article 3, alinéa 1er, de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais, les modifications suivantes sont apportées :\n\n" + instructions)])
    }

    @Test func renumberedThenInsertedBefore() throws {
        let fixture = try Self.fixture("1° le 3° devient le 4°;\n\n2° il est inséré un 3° rédigé comme suit :\n\n« 3° disposer d'un compost; ».")
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("3", at: "2021-06-01") == "Art. 3. Le jardin remplit les conditions suivantes :\n1° compter au moins dix membres;\n2° disposer d'un point d'eau;\n3° disposer d'un compost;\n4° être assuré.\n")
    }

    @Test func aNumberInUseOrOutOfOrder() throws {
        let taken = try Self.fixture("1° le 2° devient le 3°.")
        #expect(taken.failures == ["Art. 1, 1°: art. 3, 2° becomes 3°, but 3° already exists beside it"], "\(taken.failures)")
        let order = try Self.fixture("1° le 1° devient le 5°.")
        #expect(order.failures == ["Art. 1, 1°: art. 3, 1° becomes 5°, which would stand out of order among its points (1°, 2°, 3°)"], "\(order.failures)")
        #expect(order.text("3", at: "2021-06-01")?.contains("1° compter") == true)
    }
}
