import ChronolexModel
import ChronolexTimeline
import ChronolexWorkspace
import Foundation
import Testing

/// Several texts of one act given together make one timeline: the earliest is the base,
/// the later Justel states are checkpoints the consolidation is compared with (issue 17,
/// point 2).
@Suite("Versions of one act as checkpoints")
struct CheckpointTests {
    /// The act as published: art. 3 says « trente jours ».
    static let published = OperationTests.base

    /// An act of 2020 replacing « trente » by « quarante » in art. 3, in force 2021-01-01.
    static let amending = OperationTests.amending(
        "**Art. 1er.** Dans l'article 3, § 1er, alinéa 1er, le mot « trente » est remplacé par le mot « quarante ».")

    /// Justel's state of 1 June 2021: art. 3 with the change of 2020 (marked), and art. 4
    /// reading « privé » where the act says « public » — a change no act given made.
    static let state = justelState(updated: "01-06-2021", """
    **Article 1er.** Le présent arrêté s'applique aux essais. Il vise les essais publics.

    **Art. 2.** Pour l'application du présent arrêté, on entend par :

    1° essai : une épreuve;

    2° organisateur : la personne qui organise l'essai;

    3° ministre : le ministre compétent.

    **Art. 3.** § 1er. Le ministre agrée les essais dans les [1 quarante]1 jours.

    Le ministre peut retirer l'agrément.

    § 2. La demande est introduite par écrit.

    `(1)<AGW 2020-06-01/01, art. 1, 002; En vigueur : 01-01-2021>`

    **Art. 4.** Le département tient un registre.

    Le registre est privé.

    Le registre est tenu à jour.

    **Art. 5.** Le présent arrêté entre en vigueur le 1er avril 2020.

    **Art. 6.** Siègent au comité :

    - le président;

    - le secrétaire.
    """)

    /// Given in an order that is not the order of the texts: the state first.
    static func workspace() -> Workspace {
        Workspace(texts: [("v2-justel.md", state), ("amending.md", amending), ("v1-published.md", published)])
    }

    static func text(_ consolidated: Consolidated, _ article: String, _ date: String) -> String? {
        guard let date = LegalDate(date), let version = consolidated.timeline.article(article, at: date) else { return nil }
        return TextRenderer.render(version.article)
    }

    @Test func theEarliestTextIsTheBaseAndTheActIsOne() throws {
        let workspace = Self.workspace()
        #expect(workspace.bases.map(\.file) == ["v1-published.md"])
        let base = try workspace.base(numac: nil).get()
        #expect(base.file == "v1-published.md")
        // --act names the act: its earliest text still.
        #expect(try workspace.base(numac: "2020200001").get().file == "v1-published.md")
        #expect(workspace.texts(of: base).map(\.file) == ["v1-published.md", "v2-justel.md"])
    }

    @Test func beforeTheStateTheTextComesFromTheEarlierVersion() throws {
        let consolidated = try Self.workspace().consolidated(act: nil).get()
        // No gap: the act as published says what art. 3 read before the change of 2021.
        #expect(Self.text(consolidated, "3", "2020-06-01")?.contains("dans les trente jours") == true)
        #expect(Self.text(consolidated, "3", "2021-03-01")?.contains("dans les quarante jours") == true)
        #expect(consolidated.gapProblems(at: [LegalDate("2020-06-01")!]).isEmpty)
    }

    @Test func eachLaterStateIsComparedAndItsDivergencesSaid() throws {
        let consolidated = try Self.workspace().consolidated(act: nil).get()
        let checkpoint = try #require(consolidated.checkpoints.first)
        #expect(consolidated.checkpoints.count == 1)
        #expect(checkpoint.file == "v2-justel.md")
        #expect(checkpoint.comparison.date == LegalDate("2021-06-01"))
        #expect(checkpoint.comparison.divergent == ["4"])
        #expect(checkpoint.summary == "Justel's state of 2021-06-01 (v2-justel.md): 5 of 6 articles identical on 2021-06-01")
        let warnings = consolidated.diagnostics.filter { $0.message.hasPrefix("checkpoint:") }
        #expect(warnings.map(\.severity) == [.warning])
        #expect(warnings.first?.description == "v2-justel.md:28: warning: checkpoint: Justel's state of 2021-06-01 art. 4 reads otherwise than the consolidation on 2021-06-01: Justel has « privé » where Chronolex has « public » (see 'chronolex check … --against v2-justel.md')")
        // A warning, scoped to its article: the answer stands.
        #expect(!consolidated.failed)
        #expect(consolidated.report(keepGoing: false, article: "3").allSatisfy { !$0.message.hasPrefix("checkpoint:") })
        #expect(consolidated.report(keepGoing: false, article: "4").contains { $0.message.hasPrefix("checkpoint:") })
    }

    @Test func aStateNotYetKnownIsNoCheckpoint() throws {
        let consolidated = try Self.workspace().consolidated(act: nil, knownOn: LegalDate("2021-01-15")).get()
        #expect(consolidated.checkpoints.isEmpty)
    }

    @Test func eachInstructionIsExplainedOnce() throws {
        let outcomes = try Self.workspace().explanation().get().outcomes
        #expect(outcomes.count == 1)
        #expect(outcomes.first?.statusName == "applied")
    }

    @Test func twoTextsAsPublishedAreAmbiguous() throws {
        let workspace = Workspace(texts: [("a.md", Self.published), ("b.md", Self.published), ("amending.md", Self.amending)])
        let failure = try #require(workspace.consolidated(act: nil).failureValue)
        #expect(failure.diagnostics.contains { $0.message.hasPrefix("2 texts of act 2020200001 say no state date ('mise à jour au'): a.md, b.md") })
    }
}

extension Result {
    var failureValue: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
