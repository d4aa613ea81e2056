/// Walks an act in document order, computing each unit's canonical address on the way.
/// Renderers (markdown, text, outline, JSON, HTML) are visitors: they override the
/// `visit…` methods they care about and call the matching `descend(into:)` to go on.
///
/// Recursion is bounded by the model, not by the input: a division only holds smaller
/// divisions (at most 8 levels) and a point only holds points of a lower level (at most 4).
public protocol ActVisitor {
    mutating func visitDivision(_ division: Division, depth: Int)
    mutating func visitArticle(_ article: Article)
    mutating func visitParagraph(_ paragraph: Paragraph, in article: Article, address: Address)
    mutating func visitAlinea(_ alinea: Alinea, address: Address)
    mutating func visitPoint(_ point: Point, address: Address, depth: Int)
}

extension ActVisitor {
    public mutating func walk(_ act: Act) {
        for element in act.body { visit(element, depth: 0) }
    }

    public mutating func visit(_ element: BodyElement, depth: Int) {
        switch element {
        case .division(let division): visitDivision(division, depth: depth)
        case .article(let article): visitArticle(article)
        }
    }

    public mutating func visitDivision(_ division: Division, depth: Int) { descend(into: division, depth: depth) }
    public mutating func visitArticle(_ article: Article) { descend(into: article) }
    public mutating func visitParagraph(_ paragraph: Paragraph, in article: Article, address: Address) {
        descend(into: paragraph, address: address)
    }
    public mutating func visitAlinea(_ alinea: Alinea, address: Address) { descend(into: alinea, address: address) }
    public mutating func visitPoint(_ point: Point, address: Address, depth: Int) {
        descend(into: point, address: address, depth: depth)
    }

    public mutating func descend(into division: Division, depth: Int) {
        for child in division.children { visit(child, depth: depth + 1) }
    }

    public mutating func descend(into article: Article) {
        let numbered = article.hasParagraphs
        for paragraph in article.paragraphs {
            let address = Address(article: article.number, paragraph: numbered ? paragraph.number : nil)
            visitParagraph(paragraph, in: article, address: address)
        }
    }

    public mutating func descend(into paragraph: Paragraph, address: Address) {
        let count = paragraph.alineas.count
        for (index, alinea) in paragraph.alineas.enumerated() {
            var alineaAddress = address
            if count > 1 { alineaAddress.alinea = index + 1 }
            visitAlinea(alinea, address: alineaAddress)
        }
    }

    public mutating func descend(into alinea: Alinea, address: Address) {
        for point in alinea.points {
            var pointAddress = address
            pointAddress.points.append(point.label)
            visitPoint(point, address: pointAddress, depth: 0)
        }
    }

    public mutating func descend(into point: Point, address: Address, depth: Int) {
        for child in point.points {
            var childAddress = address
            childAddress.points.append(child.label)
            visitPoint(child, address: childAddress, depth: depth + 1)
        }
    }
}

extension Article {
    /// The article's canonical address (`art. 4/1`).
    public var address: Address { Address(article: number) }
}
