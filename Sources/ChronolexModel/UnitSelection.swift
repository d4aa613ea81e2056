/// One unit of an article, found by its address: the article reduced to that unit and the
/// units that hold it (their labels and words kept, their other units left out), so that
/// it prints with its heading path (`Art. 3. § 2. …`).
extension Article {
    /// The article reduced to the unit at `address`, or why there is no such unit, naming
    /// the units there are.
    public func narrowed(to address: Address) -> Result<Article, UnitNotFound> {
        var result = self
        guard address.paragraph != nil || address.alinea != nil || !address.points.isEmpty || address.sentence != nil else { return .success(self) }
        let name = "art. \(ArticleNumber.normalized(number))"
        // The paragraph: the one named, or the article's only one.
        var p: Int
        if let wanted = address.paragraph {
            guard let found = paragraphs.firstIndex(where: { $0.number.map(OrdinalNumber.normalized) == wanted }) else {
                return .failure(UnitNotFound(message: "\(name) has no § \(wanted)", there: paragraphs.compactMap(\.number).map { "§ " + OrdinalNumber.normalized($0) }))
            }
            p = found
        } else {
            guard paragraphs.count == 1 || !hasParagraphs else {
                return .failure(UnitNotFound(message: "\(name) has paragraphs: name one", there: paragraphs.compactMap(\.number).map { "§ " + OrdinalNumber.normalized($0) }))
            }
            p = 0
        }
        guard paragraphs.indices.contains(p) else { return .failure(UnitNotFound(message: "\(name) has no text", there: [])) }
        var paragraph = paragraphs[p]
        let holder = paragraph.number.map { "\(name), § \(OrdinalNumber.normalized($0))" } ?? name
        // The alinéa: the one counted, or the one holding the first point named.
        var a: Int
        if let wanted = address.alinea {
            guard wanted >= 1, wanted <= paragraph.alineas.count else {
                return .failure(UnitNotFound(message: "\(holder) has \(paragraph.alineas.count) alinéa(s), not \(wanted)", there: paragraph.alineas.indices.map { "al. \($0 + 1)" }))
            }
            a = wanted - 1
        } else if let first = address.points.first {
            guard let found = paragraph.alineas.firstIndex(where: { $0.points.contains { $0.label == first } }) else {
                return .failure(UnitNotFound(message: "\(holder) has no \(first)", there: paragraph.alineas.flatMap(\.points).map(\.label.description)))
            }
            a = found
        } else if address.sentence != nil {
            guard paragraph.alineas.count == 1 else { return .failure(UnitNotFound(message: "\(holder) has several alinéas: name one", there: [])) }
            a = 0
        } else {
            result.paragraphs = [paragraph]
            return .success(result)
        }
        var alinea = paragraph.alineas[a]
        // The points, from the outermost.
        if !address.points.isEmpty {
            var path = holder + (address.alinea.map { ", al. \($0)" } ?? "")
            func narrow(_ points: [Point], _ labels: ArraySlice<PointLabel>) -> Result<[Point], UnitNotFound> {
                guard let label = labels.first else { return .success(points) }
                guard let k = points.firstIndex(where: { $0.label == label }) else {
                    return .failure(UnitNotFound(message: "\(path) has no \(label)", there: points.map(\.label.description)))
                }
                var point = points[k]
                path += ", \(label)"
                switch narrow(point.points, labels.dropFirst()) {
                case .success(let inner):
                    point.points = labels.count > 1 ? inner : point.points
                    return .success([point])
                case .failure(let failure):
                    return .failure(failure)
                }
            }
            switch narrow(alinea.points, address.points[...]) {
            case .success(let points): alinea.points = points
            case .failure(let failure): return .failure(failure)
            }
        }
        if let sentence = address.sentence, address.points.isEmpty {
            guard sentence >= 1, sentence <= alinea.sentences.count else {
                return .failure(UnitNotFound(message: "the unit has \(alinea.sentences.count) sentence(s), not \(sentence)", there: []))
            }
            alinea.sentences = [alinea.sentences[sentence - 1]]
            alinea.points = []
        }
        paragraph.alineas = [alinea]
        result.paragraphs = [paragraph]
        return .success(result)
    }
}

/// No unit at an address: what was wrong, and the units there are instead.
public struct UnitNotFound: Error, Sendable, CustomStringConvertible {
    public var message: String
    /// The units that stand where the address points (`§ 1`, `al. 2`, `2°`).
    public var there: [String]

    public var description: String {
        there.isEmpty ? message : message + " (there: " + there.prefix(12).joined(separator: ", ") + (there.count > 12 ? ", …" : "") + ")"
    }
}

extension Address {
    /// Reads an address as a jurist types it on a command line: `3`, `art. 3`, `3, § 2`,
    /// `art. 3, § 2, al. 2`, `article 3, § 2, alinéa 2`, `8, 2°, e)`.
    public static func lenient(_ text: String) -> Result<Address, ParseError> {
        let trimmed = text.trimmingSpaces
        let lower = trimmed.lowercased()
        if lower.hasPrefix("art") || lower.hasPrefix("l'art") || lower.hasPrefix("l’art") { return parse(trimmed) }
        return parse("art. " + trimmed)
    }
}
