import ChronolexModel
import ChronolexWorkspace
import Testing

/// Look 31's dating faults: a fixing act that dates a whole act in a list (« Entrent en
/// vigueur le … : 1° l'arrêté royal du … ») was dropped, and the changes it dated were
/// said « not dated ».
@Suite("Look 31: a whole act dated in a list")
struct Look31DatingTests {
    typealias Look29 = Look29DatingTests

    @Test func aWholeActInTheList() throws {
        let f = Look29.fixing("""
            **Article 1er.** Entrent en vigueur le 1er janvier 2022 :

            1° \(Look29.cited);

            2° l'article 5 de l'arrêté royal du 10 mars 2020 relatif aux essais de probe.
            """)
        let consolidated = try Look29.workspace([("a.md", Look29.twoPoints), ("f.md", f)]).consolidated(act: "2020100001").get()
        #expect(!consolidated.diagnostics.contains { $0.message.contains("not dated") }, "\(consolidated.diagnostics.map(\.message))")
        #expect(try Look29.text(consolidated, "6", "2021-12-31") == "Art. 6. Le ministre statue dans les trente jours.\n")
        #expect(try Look29.text(consolidated, "6", "2022-01-01") == "Art. 6. Le Gouvernement statue dans les soixante jours.\n")
    }
}
