using System.Text.Json;
using Sitrep.Core;
using Sitrep.Core.Contract;
using Sitrep.Core.Model;

namespace Sitrep.Core.Tests;

public class ContractTests
{
    [Fact]
    public void Figures_serialise_with_contract_names_and_their_words()
    {
        var text = "Attacks left more than 400 people dead.";
        var d = new ArticleDocument(text) { Published = new DateOnly(2016, 9, 29) };
        d.Figures = [new Figure(new TextSpan(13, 38), FigureKind.Killed, new Bounds(400, null, null), Qualifier.MoreThan, "people")];
        var json = JsonDocument.Parse(ContractMapper.Serialize(ContractMapper.ToArticle(d))).RootElement;
        Assert.Equal("sitrep/article@1", json.GetProperty("schema").GetString());
        Assert.Equal("2016-09-29", json.GetProperty("published").GetString());
        var f = json.GetProperty("figures")[0];
        Assert.Equal("killed", f.GetProperty("kind").GetString());
        Assert.Equal("more_than", f.GetProperty("qualifier").GetString());
        Assert.Equal(400, f.GetProperty("low").GetInt64());
        Assert.Equal(JsonValueKind.Null, f.GetProperty("best").ValueKind);
        Assert.Equal("more than 400 people dead", f.GetProperty("text").GetString());
    }

    [Fact]
    public void Annotation_leaves_out_layers_not_asked_for()
    {
        var d = new ArticleDocument("Hi.");
        d.Sentences = [new Sentence(new TextSpan(0, 3))];
        var json = ContractMapper.Serialize(ContractMapper.ToAnnotation(d, new HashSet<string> { "sentences" }));
        Assert.Contains("\"sentences\"", json);
        Assert.DoesNotContain("\"tokens\"", json);
    }

    [Theory]
    [InlineData(FigureKind.WithoutWater, "without_water")]
    [InlineData(FigureKind.Killed, "killed")]
    public void Figure_kinds_round_trip_through_their_contract_names(FigureKind kind, string name)
    {
        Assert.Equal(name, ContractNames.Of(kind));
        Assert.True(ContractNames.TryParseFigureKind(name, out var back));
        Assert.Equal(kind, back);
    }
}
