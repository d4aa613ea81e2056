import Foundation
import Testing

/// Look 31 (session 34): `consolidate --format justel` of Justel's state of an act (fedris,
/// v005, « mise à jour au 15-04-2024 ») with a later act dropped Justel's own marks and
/// footnotes of art. 2 and marked the whole article as the later act's, sequence `001`. Now
/// Justel's marks stay (cut where the later act's words cross them), its footnotes (1) and (2)
/// stay, and the later act's note is (3), sequence `006`, after Justel's `005`.
@Suite("Look 31: the justel format on a Justel base")
struct JustelMarksCommandTests {
    static let amending = """
    ---
    title-fr: "Arrêté royal modifiant l'arrêté royal du 17 mai 2007 portant exécution de l'article 62bis des lois relatives à la prévention des maladies professionnelles et à la réparation des dommages résultant de celles-ci, coordonnées le 3 juin 1970, en ce qui concerne la prévention des maladies en relation avec le travail"
    date: 2025-01-10
    source: Sécurité sociale
    number: 2025200001
    case: 2025-01-10/01
    publication: 2025-01-20
    modifies: 2007022782
    ---

    **Article 1er.** Dans l'article 2 de l'arrêté royal du 17 mai 2007 portant exécution de l'article 62bis des lois relatives à la prévention des maladies professionnelles et à la réparation des dommages résultant de celles-ci, coordonnées le 3 juin 1970, en ce qui concerne la prévention des maladies en relation avec le travail, les mots « du Code du bien-être au travail ou qui sont soumises » sont remplacés par les mots « du Code du bien-être au travail, ou qui sont soumises ».

    **Art. 3.** Le présent arrêté entre en vigueur le 1er février 2025.
    """

    @Test(.enabled(if: CLI.sharedIsPresent, "../shared is absent (a newcomer's clone); CI has it"))
    func justelMarksAndFootnotesStay() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chronolex-justel-marks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.copyItem(atPath: CheckCommandTests.fedris + "/2007022782.v005-2024.md", toPath: directory.appendingPathComponent("base.md").path)
        try Data(Self.amending.utf8).write(to: directory.appendingPathComponent("a.md"))
        let run = try CLI.run(["consolidate", directory.path, "--at", "2025-06-01", "--format", "justel", "--article", "2", "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("sur base [2 du titre 3 du Livre VIII du Code du bien-être au travail]2 ou à une surveillance appropriée de la santé sur base [2 du titre 3 du Livre V]2 [3 du Code du bien-être au travail, ou qui sont soumises]3 [1 à une surveillance de la santé"), "\(run.stdout)")
        #expect(run.stdout.hasSuffix("----------\n(1)<AR 2018-03-11/10, art. 2, 004; En vigueur : 08-06-2018>\n(2)<AR 2024-03-06/04, art. 7, 005; En vigueur : 25-04-2024>\n(3)<AR 2025-01-10/01, art. 1, 006; En vigueur : 01-02-2025>\n"), "\(run.stdout)")
    }
}
