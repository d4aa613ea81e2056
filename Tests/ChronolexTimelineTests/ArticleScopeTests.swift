import ChronolexModel
import ChronolexWorkspace
import Testing

/// A failed instruction that names several articles — a range, new articles, a new text of
/// several articles — stops the articles it names and no other (the stop-30 note: such
/// failures stopped every article of the act, safe but wider than needed); an article it
/// may reach but whose place the base does not give (one inserted since) is stopped too.
@Suite("Errors scoped to the articles they name")
struct ArticleScopeTests {
    static let after = LegalDate("2021-06-01")!

    static func consolidated(_ instructions: String) throws -> Consolidated {
        try Workspace(texts: [("base.md", OperationTests.base), ("a.md", OperationTests.amending(instructions))]).consolidated(act: nil).get()
    }

    static func stopped(_ consolidated: Consolidated, _ articles: [String]) -> [String] {
        articles.filter { consolidated.failed(article: $0, at: [after]) }
    }

    /// « les articles 3 à 40 »: no art. 40, so the range is placed by numbers: 3 to 6 and an
    /// article 3/1 inserted since are reached; 1, 2 and a 41 are not.
    @Test func aRangeBeyondTheAct() throws {
        let consolidated = try Self.consolidated("**Art. 1er.** Les articles 3 à 40 sont abrogés.")
        #expect(consolidated.failed(at: [Self.after]))
        #expect(Self.stopped(consolidated, ["1", "2", "3", "3/1", "4", "6", "41"]) == ["3", "3/1", "4", "6"])
    }

    /// « dans les articles 2 à 4 » with words found nowhere: 2, 3 and 4, and what stands between
    /// them by number; not 1 or 5. The other articles are printed, the error counted.
    @Test func aRangeWithinTheAct() throws {
        let consolidated = try Self.consolidated("**Art. 1er.** Dans les articles 2 à 4, le mot « zzz » est remplacé par le mot « yyy ».")
        #expect(Self.stopped(consolidated, ["1", "2", "3", "3bis", "4", "4/1", "5", "6"]) == ["2", "3", "3bis", "4"])
        let report = consolidated.report(keepGoing: false, article: "5", at: [Self.after]).map(\.message)
        #expect(report == ["1 error(s) in instructions aimed at other articles: they do not affect art. 5 (run without --article to see them)"])
    }

    /// A new article placed after one that does not exist (an error: ``NewArticlePlaceTests``):
    /// its number; no other (the article it was to follow is not changed by it).
    @Test func aNewArticleThatCannotBePlaced() throws {
        let consolidated = try Self.consolidated("""
        **Art. 1er.** Dans le même arrêté, il est inséré, après l'article 40, un article 40/1 rédigé comme suit :

        « Art. 40/1. Le département publie le registre. »
        """)
        #expect(consolidated.failed(at: [Self.after]), "\(consolidated.diagnostics.map(\.message))")
        #expect(Self.stopped(consolidated, ["1", "3", "4", "40", "40/1", "40/2"]) == ["40/1"])
    }

    /// A new article under a number the act holds: the amending act counts the articles
    /// otherwise, and may cite any of them so: every article.
    @Test func aNewArticleUnderATakenNumber() throws {
        let consolidated = try Self.consolidated("""
        **Art. 1er.** Dans le même arrêté, il est inséré un article 4 rédigé comme suit :

        « Art. 4. Le département publie le registre. »
        """)
        #expect(consolidated.diagnostics.contains { $0.severity == .error && $0.message.contains("art. 4 already exists") }, "\(consolidated.diagnostics.map(\.message))")
        #expect(Self.stopped(consolidated, ["1", "3", "4", "4/1", "5"]) == ["1", "3", "4", "4/1", "5"])
    }

    /// A replacement whose new text holds two articles, aimed at an article that does not
    /// exist: the numbers of the new text are reached (it was scoped to the missing article,
    /// and art. 2 printed in force without the words the act gave it).
    @Test func aNewTextOfSeveralArticles() throws {
        let consolidated = try Self.consolidated("""
        **Art. 1er.** L'article 9 du même arrêté est remplacé par ce qui suit :

        « Art. 4. Le département tient un fichier.

        Art. 4/1. Le fichier est public. »
        """)
        #expect(consolidated.failed(at: [Self.after]))
        #expect(Self.stopped(consolidated, ["1", "3", "4", "4/1", "5", "9"]) == ["4", "4/1", "9"])
    }

    /// A renumbering, a division, an annex reach every article, as before.
    @Test func whatReachesEveryArticle() throws {
        let division = try Self.consolidated("**Art. 1er.** Le chapitre VII du même arrêté est abrogé.")
        #expect(Self.stopped(division, ["1", "4"]) == ["1", "4"])
        let renumbering = try Self.consolidated("**Art. 1er.** Dans le même arrêté, l'article 40 devient l'article 41.")
        #expect(Self.stopped(renumbering, ["1", "4"]) == ["1", "4"])
    }
}

/// « il est inséré, après l'article 9, un article 9/1 »: the new article goes where its number
/// places it, which must be where the instruction puts it (an article 40/1 « après l'article
/// 40 », which did not exist, or an article 3/1 « après l'article 4 », were placed by number
/// without a word).
@Suite("New articles where the instruction puts them")
struct NewArticlePlaceTests {
    static func failures(_ instruction: String) throws -> [String] {
        try Fixture(base: OperationTests.base, amending: [OperationTests.amending("**Art. 1er.** " + instruction + "\n\n« Art. 3/1. Le département publie le registre. »")]).failures
    }

    @Test func whereItsNumberPlacesIt() throws {
        #expect(try Self.failures("Dans le même arrêté, il est inséré, après l'article 3, un article 3/1 rédigé comme suit :").isEmpty)
        #expect(try Self.failures("Dans le même arrêté, il est inséré, avant l'article 4, un article 3/1 rédigé comme suit :").isEmpty)
        #expect(try Self.failures("Dans le même arrêté, il est inséré, entre les articles 3 et 4, un article 3/1 rédigé comme suit :").isEmpty)
        #expect(try Self.failures("Dans le même arrêté, il est inséré un article 3/1 rédigé comme suit :").isEmpty)
    }

    @Test func elsewhere() throws {
        #expect(try Self.failures("Dans le même arrêté, il est inséré, après l'article 4, un article 3/1 rédigé comme suit :")
                == ["Art. 1: the instruction puts art. 3/1 after art. 4, but its number places it after art. 3: not applied"])
        #expect(try Self.failures("Dans le même arrêté, il est inséré, avant l'article 6, un article 3/1 rédigé comme suit :")
                == ["Art. 1: the instruction puts art. 3/1 before art. 6, but its number places it before art. 4: not applied"])
        #expect(try Self.failures("Dans le même arrêté, il est inséré, après l'article 40, un article 3/1 rédigé comme suit :")
                == ["Art. 1: the instruction puts art. 3/1 after art. 40, which does not exist in the act on 2021-01-01"])
    }
}

/// « il est inséré, après le chapitre 5, un chapitre 4/1 »: placed by its number after the
/// chapitre 4, without a word. Where its number places it must be where the instruction puts it.
@Suite("New divisions where the instruction puts them")
struct NewDivisionPlaceTests {
    static func failures(_ instruction: String) throws -> [String] {
        try Fixture(base: DivisionRepealTests.base, amending: [OperationTests.amending("**Art. 1er.** " + instruction)]).failures
    }

    @Test func whereItsNumberPlacesIt() throws {
        #expect(try Self.failures("Dans le même arrêté, il est inséré, après le chapitre 4, un chapitre 4/1 intitulé « Suspension ».").isEmpty)
        #expect(try Self.failures("Dans le même arrêté, il est inséré, avant le chapitre 5, un chapitre 4/1 intitulé « Suspension ».").isEmpty)
        #expect(try Self.failures("Dans le même arrêté, il est inséré, après l'article 10, un chapitre 4/1 intitulé « Suspension ».").isEmpty)
        #expect(try Self.failures("Dans le même arrêté, il est inséré, après l'article 11, un chapitre 5/1 intitulé « Recours ».").isEmpty)
    }

    @Test func elsewhere() throws {
        #expect(try Self.failures("Dans le même arrêté, il est inséré, après le chapitre 5, un chapitre 4/1 intitulé « Suspension ».")
                == ["Art. 1: the instruction puts Chapitre 4/1 after chapitre 5, but its number places it after Chapitre 4 among them: not applied"])
        #expect(try Self.failures("Dans le même arrêté, il est inséré, après l'article 9, un chapitre 4/1 intitulé « Suspension ».")
                == ["Art. 1: the instruction puts Chapitre 4/1 after art. 9, but its number places it after art. 10: not applied"])
    }
}
