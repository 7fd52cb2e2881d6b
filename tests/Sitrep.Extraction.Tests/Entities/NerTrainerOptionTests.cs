using Sitrep.Extraction.Entities;

namespace Sitrep.Extraction.Tests.Entities;

public sealed class NerTrainerOptionTests
{
    [Fact]
    public void Set_specs_parse_and_skip_malformed_items()
    {
        var d = NerTrainer.ParseDomains(" gum=2, re3d = news ,broken,=x,y=");
        Assert.Equal(2, d.Count);
        Assert.Equal("2", d["gum"]);
        Assert.Equal("news", d["re3d"]);
    }

    [Fact]
    public void A_domain_copy_of_a_feature_has_its_own_odd_key()
    {
        ulong key = NerHash.Feature(2, NerHash.Folded("Harrow"));
        ulong news = NerTrainer.InDomain(key, NerTrainer.DomainSalt("news"));
        ulong gum = NerTrainer.InDomain(key, NerTrainer.DomainSalt("gum"));
        Assert.NotEqual(key, news);
        Assert.NotEqual(news, gum);
        Assert.Equal(1UL, news & 1UL);
    }
}
