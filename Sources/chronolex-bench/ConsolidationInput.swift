import ChronolexModel

/// The consolidation input of issue 5: a base act of 1,000 articles and 2,000 amending
/// acts of 10 instructions each, every instruction replacing a token of one alinéa.
enum ConsolidationInput {
    static func generate(articles: Int = 1_000, acts: Int = 2_000, instructions: Int = 10) throws -> (base: String, amending: [String]) {
        let alineas = 3
        // The base act: each alinéa carries one token the instructions replace in turn.
        var base = """
        ---
        title-fr: "Arrêté du Gouvernement relatif aux essais"
        date: 2000-01-01
        number: 2000200001
        publication: 2000-01-10
        starts: 2000-02-01
        ---

        """
        for a in 1...articles {
            base += "\n**Art. \(a).** Le jeton A\(a)B1V0 est valable pour la première période."
            for b in 2...alineas { base += "\n\nLe jeton A\(a)B\(b)V0 est valable pour la période \(b)." }
            base += "\n"
        }
        var version = [Int](repeating: 0, count: articles * alineas)
        var amendingTexts: [String] = []
        var next = 0
        let start = try require2(LegalDate("2000-03-01"))
        for k in 0..<acts {
            let published = start.adding(days: k)
            var text = """
            ---
            title-fr: "Arrêté du Gouvernement modifiant l'arrêté du Gouvernement du 1er janvier 2000 relatif aux essais"
            date: \(published.adding(days: -5).iso)
            number: \(String(2_100_000_000 + k))
            case: \(published.adding(days: -5).iso)/\(k % 100)
            publication: \(published.iso)
            modifies: 2000200001
            ---

            """
            for i in 1...instructions {
                let unit = (next * 7919) % (articles * alineas)
                next += 1
                let a = unit / alineas + 1
                let b = unit % alineas + 1
                let old = "A\(a)B\(b)V\(version[unit])"
                version[unit] += 1
                let new = "A\(a)B\(b)V\(version[unit])"
                let act = i == 1 ? "de l'arrêté du Gouvernement du 1er janvier 2000 relatif aux essais" : "du même arrêté"
                text += "\n**Art. \(i).** Dans l'article \(a), alinéa \(b), \(act), les mots « \(old) » sont remplacés par les mots « \(new) ».\n"
            }
            text += "\n**Art. \(instructions + 1).** Le présent arrêté entre en vigueur le \(published.adding(days: 10).french).\n"
            amendingTexts.append(text)
        }
        return (base, amendingTexts)
    }

    private static func require2<T>(_ value: T?) throws -> T {
        guard let value else { throw GeneratorError("a generated date is invalid") }
        return value
    }
}
