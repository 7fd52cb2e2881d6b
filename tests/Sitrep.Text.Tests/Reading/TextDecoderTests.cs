using System.Text;
using Sitrep.Text.Reading;

namespace Sitrep.Text.Tests.Reading;

public sealed class TextDecoderTests
{
    private const string Sentence = "Shelling near Kherson killed 3 civilians, officials said – “a grim day”.";

    [Fact]
    public void Utf8_without_a_bom_is_read_as_is()
    {
        var d = TextDecoder.Decode(Encoding.UTF8.GetBytes(Sentence));
        Assert.Equal(Sentence, d.Text);
        Assert.Null(d.Warning);
    }

    [Fact]
    public void Utf8_bom_is_not_part_of_the_text_so_offsets_start_at_the_first_letter()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Sentence)).ToArray();
        var d = TextDecoder.Decode(bytes);
        Assert.Equal(Sentence, d.Text);
        Assert.Equal('S', d.Text![0]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_a_bom_is_decoded_in_its_byte_order(bool bigEndian)
    {
        var enc = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = enc.GetPreamble().Concat(enc.GetBytes(Sentence)).ToArray();
        var d = TextDecoder.Decode(bytes);
        Assert.Equal(Sentence, d.Text);
        Assert.Equal(bigEndian ? "utf-16be" : "utf-16le", d.Encoding);
    }

    [Fact]
    public void Utf16_without_a_bom_is_recognised_by_its_zero_bytes_not_called_binary()
    {
        var d = TextDecoder.Decode(Encoding.Unicode.GetBytes("Fighting resumed in Goma on Tuesday."));
        Assert.True(d.Ok);
        Assert.Equal("Fighting resumed in Goma on Tuesday.", d.Text);
    }

    [Fact]
    public void Invalid_utf8_falls_back_to_windows_1252_with_a_warning()
    {
        // "café" with Latin-1 é, and curly quotes as Word writes them in cp1252 (0x93/0x94), an en dash (0x96).
        var bytes = Encoding.ASCII.GetBytes("The caf").Concat(new byte[] { 0xE9 })
            .Concat(Encoding.ASCII.GetBytes(" was hit ")).Concat(new byte[] { 0x96, 0x20, 0x93 })
            .Concat(Encoding.ASCII.GetBytes("a massacre")).Concat(new byte[] { 0x94 }).ToArray();
        var d = TextDecoder.Decode(bytes);
        Assert.Equal("The café was hit – “a massacre”", d.Text);
        Assert.Equal("windows-1252", d.Encoding);
        Assert.Contains("offset 7", d.Warning);
    }

    [Fact]
    public void Bytes_unassigned_in_windows_1252_are_refused_with_the_offending_offset()
    {
        var bytes = Encoding.ASCII.GetBytes("Casualty list ").Concat(new byte[] { 0xC3, 0x28, 0x81 }).ToArray();
        var d = TextDecoder.Decode(bytes);
        Assert.False(d.Ok);
        Assert.Equal(InputCodes.Encoding, d.ErrorCode);
        Assert.Contains("0x81", d.Reason);
    }

    [Fact]
    public void A_nul_byte_means_binary()
    {
        var bytes = Encoding.ASCII.GetBytes("JFIF header").Concat(new byte[] { 0, 0x10, 0x4A, 0, 0xFF, 0xD8, 0x01 }).ToArray();
        var d = TextDecoder.Decode(bytes);
        Assert.Equal(InputCodes.Binary, d.ErrorCode);
        Assert.StartsWith("binary file", d.Reason);
    }

    [Fact]
    public void A_pdf_is_named_as_such()
    {
        var d = TextDecoder.Decode("%PDF-1.7\n%âãÏÓ\n1 0 obj"u8);
        Assert.Equal(InputCodes.Binary, d.ErrorCode);
        Assert.Contains("PDF", d.Reason);
    }
}
