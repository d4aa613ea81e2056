import ChronolexAmendments
import ChronolexModel
import ChronolexReaders
import ChronolexTimeline
import ChronolexWorkspace
import Testing

/// Look 20 (2026-12-03, probes of the day's changes by a reviewer who had not written them,
/// on a frozen build of c96df2e): silent wrongs and false alarms, each now right or said.
@Suite("Look 20: the day's changes probed")
struct HandCheck20Tests {
    static let first = OperationTests.amending("**Art. 1er.** Dans l'article 4, alinéa 1er, le mot « registre » est remplacé par le mot « fichier ».",
                                               entry: "Le présent arrêté entre en vigueur à une date fixée par le Gouvernement.")

    /// A later act fixing the date of another act of the same day and kind (another title)
    /// dated this pending one; or, for one dated itself, was called a conflict.
    @Test func aFixingNamesTheActByItsTitleToo() throws {
        let other = amendingAct(date: "2020-09-01", published: "2020-09-10", numac: "2020200200", """
        **Article 1er.** L'arrêté du Gouvernement du 1er juin 2020 modifiant l'arrêté du Gouvernement du 3 mai 2016 relatif aux aires de jeux entre en vigueur le 1er juillet 2021.

        **Art. 2.** Le présent arrêté entre en vigueur le jour de sa publication au Moniteur belge.
        """)
        let fixture = try Fixture(base: OperationTests.base, amending: [Self.first, other])
        #expect(fixture.timeline.outcomes.map(\.status).contains(.pending("à une date fixée par le Gouvernement")))
        #expect(fixture.text("4", at: "2021-08-01")?.contains("registre") == true)
        // The right one, by its title: dated.
        let right = amendingAct(date: "2020-09-01", published: "2020-09-10", numac: "2020200200", """
        **Article 1er.** L'arrêté du Gouvernement du 1er juin 2020 modifiant l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais entre en vigueur le 1er juillet 2021.

        **Art. 2.** Le présent arrêté entre en vigueur le jour de sa publication au Moniteur belge.
        """)
        let dated = try Fixture(base: OperationTests.base, amending: [Self.first, right])
        #expect(dated.text("4", at: "2021-08-01")?.contains("fichier") == true)
    }

    /// « La date d'entrée en vigueur de l'arrêté … est fixée au … » (look 21): called a
    /// provision, the change left pending.
    @Test func theDateOfEntryIntoForceIsFixed() throws {
        let fixing = amendingAct(date: "2020-09-01", published: "2020-09-10", numac: "2020200200", """
        **Article 1er.** La date d'entrée en vigueur de l'arrêté du Gouvernement du 1er juin 2020 modifiant l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais est fixée au 1er juillet 2021.

        **Art. 2.** Le présent arrêté entre en vigueur le jour de sa publication au Moniteur belge.
        """)
        let fixture = try Fixture(base: OperationTests.base, amending: [Self.first, fixing])
        #expect(fixture.text("4", at: "2021-06-30")?.contains("registre") == true)
        #expect(fixture.text("4", at: "2021-07-01")?.contains("fichier") == true)
    }

    /// « L'article 7 de l'arrêté … entre en vigueur le … » for an article the base left « à une
    /// date fixée par le Roi », alone or in a list: dropped, the article never in force.
    @Test(arguments: [
        "**Article 1er.** L'article 2 de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais entre en vigueur le 1er juillet 2020.",
        "**Article 1er.** Entrent en vigueur le 1er juillet 2020 :\n\n1° l'article 2 de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais;\n\n2° le présent arrêté.",
    ])
    func aFixingOfTheBasesPendingArticle(_ fixing: String) throws {
        let base = baseActDatedByItself("**Article 1er.** Le présent arrêté s'applique aux essais.\n\n**Art. 2.** Le registre est public.\n\n**Art. 3.** Le présent arrêté entre en vigueur le 1er avril 2020, à l'exception de l'article 2, qui entre en vigueur à une date fixée par le Gouvernement.")
        let later = amendingAct(date: "2020-06-01", published: "2020-06-10", numac: "2020200300", fixing)
        let consolidated = try Workspace(texts: [("base.md", base), ("fix.md", later)]).consolidated(act: "2020200001").get()
        let june = try #require(LegalDate("2020-06-01")), august = try #require(LegalDate("2020-08-01"))
        #expect(consolidated.timeline.act(at: june).articles.map(\.number) == ["1er", "3"])
        #expect(consolidated.timeline.act(at: august).articles.map(\.number) == ["1er", "2", "3"])
        #expect(throws: Never.self) { try consolidated.article("2", at: august).get() }
    }

    /// A later act amending a transitional rule of an amending act (no change of this act,
    /// no date) stopped the consolidation as « an amendment of an amending act ».
    @Test func anAmendmentOfAnAmendingActsOwnRule() throws {
        let first = OperationTests.amending("""
        **Art. 1er.** Dans l'article 4, alinéa 1er, le mot « registre » est remplacé par le mot « fichier ».

        **Art. 2.** Les demandes introduites avant le 1er janvier 2021 sont traitées dans les trente jours.
        """)
        func second(_ article: String) -> String {
            amendingAct(date: "2020-09-01", published: "2020-09-10", numac: "2020200200", """
            **Article 1er.** Dans l'article \(article) de l'arrêté du Gouvernement du 1er juin 2020 modifiant l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais, le mot « trente » est remplacé par le mot « soixante ».
            """)
        }
        let rule = try Workspace(texts: [("base.md", OperationTests.base), ("a1.md", first), ("a2.md", second("2"))]).consolidated(act: "2020200001").get()
        #expect(!rule.problems.contains { $0.diagnostic.severity == .error }, "\(rule.problems.map(\.diagnostic.message))")
        // Its date clause (art. 99 here) is what dates the change: said.
        let clause = try Workspace(texts: [("base.md", OperationTests.base), ("a1.md", first), ("a2.md", second("99"))]).consolidated(act: "2020200001").get()
        #expect(clause.problems.filter { $0.diagnostic.severity == .error }.map(\.scope) == [.article("4")])
    }

    /// An act that `modifies:` the base and cites « l'arrêté ministériel du … » of the same
    /// title, or an act of the same title decades older: not slips in the base's date.
    @Test func anotherActIsNoSlip() throws {
        func act(_ cited: String) -> String {
            amendingAct(date: "2020-06-01", published: "2020-06-10", numac: "2020200100", "**Article 1er.** Dans l'article 4 de \(cited) relatif aux essais, le mot « registre » est remplacé par le mot « fichier ».")
        }
        for other in ["l'arrêté ministériel du 2 mars 2020", "l'arrêté du Gouvernement du 20 juin 1978"] {
            let consolidated = try Workspace(texts: [("base.md", OperationTests.base), ("a.md", act(other))]).consolidated(act: "2020200001").get()
            #expect(!consolidated.problems.contains { $0.diagnostic.severity == .error }, "\(other): \(consolidated.problems.map(\.diagnostic.message))")
        }
        // The same day and month of another year is a slip of the year: said.
        let year = try Workspace(texts: [("base.md", OperationTests.base), ("a.md", act("l'arrêté du Gouvernement du 1er mars 2021"))]).consolidated(act: "2020200001").get()
        #expect(year.problems.filter { $0.diagnostic.severity == .error }.count == 1)
    }

    /// « les 2° et 3° sont remplacés par » a 2°, a 3° and a 4°, beside the old 4°: two 4°,
    /// without a word. And a run of alinéas replaced by points alone: an alinéa without
    /// words, which read back otherwise.
    @Test func replacementsThatWouldMisnumber() throws {
        let base = baseAct("**Article 1er.** Siègent :\n\n1° le président;\n\n2° le secrétaire;\n\n3° le trésorier;\n\n4° les membres.\n\n**Art. 2.** Un.\n\nDeux.\n\nTrois.")
        let twice = try Fixture(base: base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 1er, les 2° et 3° sont remplacés par ce qui suit : « 2° le secrétaire général;\n\n3° le trésorier;\n\n4° l'archiviste; »")])
        #expect(twice.failures == ["Art. 1: after the replacement, art. 1 would hold two points 4°: the new text and the points after it disagree; not applied"])
        #expect(twice.text("1", at: "2021-06-01")?.contains("2° le secrétaire;") == true)
        let points = try Fixture(base: base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 2, l'énumération commençant par le mot « Deux » et se terminant par le mot « Trois » est remplacée par l'énumération suivante : « 1° deux;\n\n2° trois. »")])
        #expect(points.failures == ["Art. 1: the run of art. 2 is alinéas, and the new text holds points where they stand: not applied"])
    }

    /// « il est inséré un alinéa rédigé comme suit » with no place: appended at the end,
    /// without a word. Where is not said: an error (« il est ajouté un alinéa » goes at the end).
    @Test func anAlineaInsertedWithoutAPlace() throws {
        let library = Workspace(texts: [("base.md", OperationTests.base), ("a.md", OperationTests.amending("**Art. 1er.** Dans l'article 4, il est inséré un alinéa rédigé comme suit : « Le registre est daté. »"))])
        #expect(library.diagnostics.map(\.message).contains("« inséré » without saying where (« entre », « après », « avant » a unit): the new alinéa is not placed"))
        let added = try Fixture(base: OperationTests.base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 4, il est ajouté un alinéa rédigé comme suit : « Le registre est daté. »")])
        #expect(added.failures.isEmpty)
        #expect(added.text("4", at: "2021-06-01")?.hasSuffix("Le registre est daté.\n") == true)
    }

    /// `explain --as-known-on` before the base was published listed its edits as not yet
    /// published, the base's own date unsaid (`consolidate` said it).
    @Test func explainKnownOnBeforeTheBase() throws {
        let workspace = Workspace(texts: [("base.md", OperationTests.base), ("a1.md", Self.first)])
        guard case .failure(let diagnostic) = workspace.explanation(knownOn: LegalDate("2020-03-01")) else {
            Issue.record("the base was not known on 2020-03-01")
            return
        }
        #expect(diagnostic.message == "the act was published on 2020-03-10: as known on 2020-03-01, it was not known yet")
    }

    /// « Le présent arrêté cesse d'être en vigueur le 31 décembre 2016 » in a base act: it was
    /// shown in force after its end, without a word.
    @Test(arguments: ["**Art. 3.** Le présent arrêté cesse d'être en vigueur le 31 décembre 2021.",
                      "**Art. 3.** Le présent arrêté entre en vigueur le 1er avril 2020.\n\nIl cesse d'être en vigueur le 31 décembre 2021."])
    func aBaseActThatEnds(_ clause: String) throws {
        let base = baseAct("**Article 1er.** Le présent arrêté s'applique aux essais.\n\n\(clause)")
        let consolidated = try Workspace(texts: [("base.md", base)]).consolidated(act: nil).get()
        #expect(throws: Never.self) { try consolidated.article("1", at: LegalDate("2021-06-01")!).get() }
        guard case .failure(let diagnostic) = consolidated.article("1", at: try #require(LegalDate("2022-01-01"))) else {
            Issue.record("the act ceased on 2021-12-31")
            return
        }
        #expect(diagnostic.message == "the act is not in force on 2022-01-01: by its article 3, it ceases to be in force on 2021-12-31 (read as its first day out of force)")
    }

    /// The end as the text stands on the date asked (look 21): prolonged or repealed by an
    /// amending act, inserted by one; an end of one article only is not the act's.
    @Test func theEndAsTheTextStands() throws {
        let base = baseAct("**Article 1er.** Le présent arrêté s'applique aux essais.\n\n**Art. 2.** Le registre est public.\n\n**Art. 3.** Le présent arrêté cesse d'être en vigueur le 31 décembre 2021.")
        func after(_ instruction: String) throws -> Consolidated {
            try Workspace(texts: [("base.md", base), ("a.md", OperationTests.amending("**Art. 1er.** " + instruction))]).consolidated(act: "2020200001").get()
        }
        let prolonged = try after("Dans l'article 3, les mots « 31 décembre 2021 » sont remplacés par les mots « 31 décembre 2023 ».")
        #expect(throws: Never.self) { try prolonged.article("1", at: LegalDate("2022-06-01")!).get() }
        guard case .failure(let late) = prolonged.article("1", at: try #require(LegalDate("2024-01-01"))) else { Issue.record("ended on 2023-12-31"); return }
        #expect(late.message.hasSuffix("it ceases to be in force on 2023-12-31 (read as its first day out of force)"))
        let repealed = try after("L'article 3 est abrogé.")
        #expect(throws: Never.self) { try repealed.article("1", at: LegalDate("2024-01-01")!).get() }
        let oneArticle = baseActDatedByItself("**Article 1er.** Le présent arrêté s'applique aux essais.\n\n**Art. 2.** Le registre est public.\n\n**Art. 3.** Le présent arrêté entre en vigueur le 1er avril 2020. L'article 2 cesse d'être en vigueur le 31 décembre 2021.")
        let part = try Workspace(texts: [("base.md", oneArticle)]).consolidated(act: nil).get()
        #expect(throws: Never.self) { try part.article("1", at: LegalDate("2022-06-01")!).get() }
    }
}
