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

    /// Where the instruction puts it, whatever its number (legistique: « a new article goes where
    /// the instruction puts it »), said when its number does not follow from its neighbours'.
    @Test func elsewhere() throws {
        let after4 = try Fixture(base: OperationTests.base, amending: [OperationTests.amending("**Art. 1er.** Dans le même arrêté, il est inséré, après l'article 4, un article 3/1 rédigé comme suit :\n\n« Art. 3/1. Le département publie le registre. »")])
        #expect(after4.failures.isEmpty)
        #expect(after4.warnings == ["Art. 1: art. 3/1 placed where the instruction puts it, after art. 4, though its number does not follow from its neighbours'"])
        #expect(BodyElement.articleNumbers(in: after4.timeline.act(at: LegalDate("2021-06-01")!).body) == ["1", "2", "3", "4", "3/1", "5", "6"])
        #expect(try Self.failures("Dans le même arrêté, il est inséré, après l'article 40, un article 3/1 rédigé comme suit :")
                == ["Art. 1: the instruction puts art. 3/1 after art. 40, which does not exist in the act on 2021-01-01"])
        #expect(try Self.failures("Dans le même arrêté, il est inséré, entre l'article 4 et l'article 6, un article 3/1 rédigé comme suit :")
                == ["Art. 1: the instruction puts art. 3/1 between art. 4 and art. 6, which do not follow each other in the act on 2021-01-01"])
    }

    /// « après l'article 5, un article 5/1 » where a 5bis follows art. 5: after art. 5, before
    /// the 5bis, unsaid (look 28: placed after the 5bis by number, then refused).
    @Test func beforeABis() throws {
        let base = baseAct("**Article 1er.** Le présent arrêté règle les essais.\n\n**Art. 5.** Le ministre agrée les essais.\n\n**Art. 5bis.** Le ministre publie la liste.\n\n**Art. 6.** Le présent arrêté entre en vigueur le 1er avril 2020.")
        let fixture = try Fixture(base: base, amending: [OperationTests.amending("**Art. 1er.** Dans le même arrêté, il est inséré, après l'article 5, un article 5/1 rédigé comme suit :\n\n« Art. 5/1. Le département tient un registre. »")])
        #expect(fixture.failures.isEmpty && fixture.warnings.isEmpty, "\(fixture.failures) \(fixture.warnings)")
        #expect(BodyElement.articleNumbers(in: fixture.timeline.act(at: LegalDate("2021-06-01")!).body) == ["1", "5", "5/1", "5bis", "6"])
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
        // Where the instruction puts it, said (legistique: a new unit goes where the instruction puts it).
        let after5 = try Fixture(base: DivisionRepealTests.base, amending: [OperationTests.amending("**Art. 1er.** Dans le même arrêté, il est inséré, après le chapitre 5, un chapitre 4/1 intitulé « Suspension ».")])
        #expect(after5.failures.isEmpty)
        #expect(after5.warnings == ["Art. 1: Chapitre 4/1 placed where the instruction puts it, after chapitre 5, though its number does not follow from its neighbours'"])
        #expect(try Self.failures("Dans le même arrêté, il est inséré, après l'article 9, un chapitre 4/1 intitulé « Suspension ».")
                == ["Art. 1: the instruction puts Chapitre 4/1 after art. 9, but its number places it after art. 10: not applied"])
    }
}

/// Look 28: a new division that takes in existing articles (« avant l'article 1er, un chapitre
/// 1er, comportant les articles 1er et 2 ») was refused; a number Chronolex cannot order (« II/1
/// ») beside the division named went last, then was refused; an annex « après l'annexe 1re »
/// among others went last, unsaid.
@Suite("Look 28: divisions and annexes where the instruction puts them")
struct Look28PlaceTests {
    static let flat = baseAct("**Article 1er.** Le présent arrêté règle les essais.\n\n**Art. 2.** Le ministre agrée les essais.\n\n**Art. 3.** Le ministre publie la liste.\n\n**Art. 4.** Le présent arrêté entre en vigueur le 1er avril 2020.")

    @Test(arguments: [
        "il est inséré, avant l'article 1er, un chapitre 1er, comportant les articles 1er et 2, intitulé « Dispositions générales ».",
        "il est inséré, après l'article 2, un chapitre 2, comportant les articles 3 et 4, intitulé « Dispositions finales ».",
        "il est inséré, avant l'article 3, un chapitre 2, comportant les articles 3 et 4, intitulé « Dispositions finales ».",
    ])
    func aDivisionTakingInArticles(_ instruction: String) throws {
        let fixture = try Fixture(base: Self.flat, amending: [OperationTests.amending("**Art. 1er.** Dans le même arrêté, " + instruction)])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
    }

    /// « entre les articles 16 et 17, un chapitre 4/1 rédigé comme suit : " Chapitre 4/1 … Art.
    /// 16/1. … " » (protection-civile-ar-2018, 2024000001, art. 2): the new chapter's own new
    /// article is no article it « comprend » of the act's; refused during this change.
    @Test func aNewDivisionWithItsNewArticleBetweenTwo() throws {
        let fixture = try Fixture(base: Self.flat, amending: [OperationTests.amending("""
        **Art. 1er.** Dans le même arrêté, il est inséré, entre les articles 2 et 3, un chapitre 2/1 rédigé comme suit :

        « Chapitre 2/1. - Recours

        Art. 2/1. Le demandeur peut introduire un recours. »
        """)])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(BodyElement.articleNumbers(in: fixture.timeline.act(at: LegalDate("2021-06-01")!).body) == ["1", "2", "2/1", "3", "4"])
    }

    @Test func aNumberWithoutOrderBesideTheDivisionNamed() throws {
        let base = baseAct("### CHAPITRE II. - Procédure\n\n**Art. 2.** Le ministre agrée les essais.\n\n### CHAPITRE III. - Fin\n\n**Art. 3.** Le présent arrêté entre en vigueur le 1er avril 2020.")
        let fixture = try Fixture(base: base, amending: [OperationTests.amending("**Art. 1er.** Dans le même arrêté, il est inséré, après le chapitre II, un chapitre II/1 intitulé « Recours ».")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        let body = fixture.timeline.act(at: LegalDate("2021-06-01")!).body
        let numbers = body.compactMap { element -> String? in if case .division(let d) = element { return d.number } else { return nil } }
        #expect(numbers == ["II", "II/1", "III"])
    }
}
