using Sitrep.Core.Model;
using Sitrep.Extraction;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Tests.Times;

public sealed class TimeStageTests
{
    private static readonly Sitrep.Core.Pipeline.SitrepPipeline Pipeline = PipelineFactory.Create(new DataDirectory(), cleaning: false);

    // Published on Thursday 2016-09-29 unless the row says otherwise.
    public static TheoryData<string, string, string, string?> Rows => new()
    {
        // sentence, expected timex text, type, value
        { "Officials met on Thursday to discuss the truce.", "Thursday", "DATE", "2016-09-29" },
        { "The strikes began on Wednesday, residents said.", "Wednesday", "DATE", "2016-09-28" },
        { "The envoy arrived in the capital on Monday.", "Monday", "DATE", "2016-09-26" },
        { "Talks will resume on Monday in Geneva.", "Monday", "DATE", "2016-10-03" },
        { "The truce collapsed last week after days of calm.", "last week", "DATE", "2016-W38" },
        { "Shelling has continued since last week.", "last week", "DATE", "2016-W38" },
        { "The town has been besieged since mid-July.", "mid-July", "DATE", "2016-07" },
        // what "since" starts from lies before the report, even a month or a day only weeks ahead in the calendar
        { "No convoy has reached the valley since December.", "December", "DATE", "2015-12" },
        { "Some 4,000 families have fled the district since 12 November.", "12 November", "DATE", "2015-11-12" },
        { "Floods have killed 300 people since mid-November.", "mid-November", "DATE", "2015-11" },
        // so does what a verb in the past tense tells right before "in" or "on" it
        { "Clashes erupted in December between the two militias.", "December", "DATE", "2015-12" },
        { "At least 45 civilians were killed on 17 November, monitors said.", "17 November", "DATE", "2015-11-17" },
        { "Convoys were blocked earlier this month.", "earlier this month", "DATE", "2016-09" },
        { "The uprising began in March 2011 in the south.", "March 2011", "DATE", "2011-03" },
        { "The war has gone on for over five years.", "over five years", "DURATION", "P5Y" },
        { "Five years on, the city lies in ruins.", "Five years on", "DURATION", "P5Y" },
        { "Clashes erupted on Monday night near the port.", "Monday night", "TIME", "2016-09-26TNI" },
        { "Rescuers worked through the past 24 hours.", "the past 24 hours", "DURATION", "PT24H" },
        { "Both sides accepted a two-day ceasefire.", "two-day", "DURATION", "P2D" },
        { "The decree was signed on 14 February 2015.", "14 February 2015", "DATE", "2015-02-14" },
        { "The decree was signed on February 14, 2015.", "February 14, 2015", "DATE", "2015-02-14" },
        { "Figures were released on 2016-09-12 by the ministry.", "2016-09-12", "DATE", "2016-09-12" },
        { "Most refugees arrived in 2013.", "2013", "DATE", "2013" },
        { "The region prospered in the 1990s.", "the 1990s", "DATE", "199" },
        { "Crops failed last winter.", "last winter", "DATE", "2015-WI" },
        { "Crops failed last summer, farmers said.", "last summer", "DATE", "2016-SU" },
        { "Aid reached the town yesterday.", "yesterday", "DATE", "2016-09-28" },
        { "The vote is expected tomorrow.", "tomorrow", "DATE", "2016-09-30" },
        { "The blast happened at 10:30 a.m. near the mosque.", "10:30 a.m.", "TIME", "2016-09-29T10:30" },
        { "Food prices doubled in the third quarter.", "the third quarter", "DATE", "2016-Q3" },
        { "Patrols run daily along the border.", "daily", "SET", "P1D" },
        { "Fighting resumed three days ago in the north.", "three days ago", "DATE", "2016-09-26" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Resolves_the_expression_against_the_publication_date(string sentence, string text, string type, string? value)
    {
        var doc = Pipeline.Run(new ArticleDocument(sentence) { Published = new DateOnly(2016, 9, 29) });
        var t = Assert.Single(doc.Times, x => x.Span.Of(sentence) == text);
        Assert.Equal(type, t.Type.ToString());
        Assert.Equal(value, t.Value);
    }

    // TIMEX3 conventions as TempEval-3 annotates them: sentence, timex text, type, value, publication date.
    public static TheoryData<string, string, string, string, string> TimeMLRows => new()
    {
        { "The ministry has published no figures since 2013.", "2013", "DATE", "2013", "2016-09-29" },
        { "The governor currently lives in exile.", "currently", "DATE", "PRESENT_REF", "2016-09-29" },
        { "Aid agencies blamed the recent clashes for the delay.", "recent", "DATE", "PAST_REF", "2016-09-29" },
        { "Bread prices have doubled in recent months.", "recent months", "DURATION", "PXM", "2016-09-29" },
        { "The port has silted up in recent years.", "recent years", "DATE", "PAST_REF", "2016-09-29" },
        { "The currency ended the day weaker against the dollar.", "the day", "DATE", "2016-09-29", "2016-09-29" },
        { "Exports for the year ended June 30 fell by a third.", "the year", "DURATION", "P1Y", "2016-09-29" },
        { "The port reopened in 2012 but shut again later that year.", "that year", "DATE", "2012", "2016-09-29" },
        { "The army withdrew in 2014 and returned the following year.", "the following year", "DATE", "2015", "2016-09-29" },
        // a part of the day after (before) the day last named
        { "The rebels took the bridge on March 3. By the following morning the road was cut.", "the following morning", "TIME", "2016-03-04TMO", "2016-09-29" },
        // a day far back in a clause told in the past, the past verb a long way before it, is this year's
        { "Militants first surrounded the market town of Bara in the early hours of Jan. 9.", "Jan. 9", "DATE", "2016-01-09", "2016-11-29" },
        // "the end of the month" told in the past after a day named in another month is that month's end
        { "The siege began on March 3. By the end of the month, 70 people had died.", "the end of the month", "DATE", "2016-03", "2016-09-29" },
        // a day with a relative year after it, and a clock time whose day follows an aside
        { "The offensive began in the early hours of Oct. 7 last year.", "Oct. 7 last year", "DATE", "2015-10-07", "2016-09-29" },
        { "The truce expired at 6 p.m. (1500 GMT) on Saturday.", "6 p.m.", "TIME", "2016-09-24T18:00", "2016-09-29" },
        { "The truce expired at 6 p.m. (1500 GMT) on Saturday.", "1500 GMT", "TIME", "2016-09-24T15:00Z", "2016-09-29" },
        // "until at least" a day is a day to come
        { "Rain is forecast to continue until at least Saturday night.", "Saturday night", "TIME", "2016-10-01TNI", "2016-09-29" },
        { "Net income fell from the year-ago quarter, the cement maker said.", "the year-ago quarter", "DATE", "2015-Q3", "2016-09-29" },
        { "Sales rose in this year's second quarter.", "this year's second quarter", "DATE", "2016-Q2", "2016-09-29" },
        { "The bridge was built in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996", "2016-09-29" },
        { "The family fled on Thanksgiving Day.", "Thanksgiving Day", "DATE", "2015-11-26", "2016-09-29" },
        { "The convoy may leave as soon as Tuesday.", "Tuesday", "DATE", "2016-10-04", "2016-09-29" },
        { "The envoy announced Monday that talks will resume.", "Monday", "DATE", "2016-09-26", "2016-09-29" },
        { "They lived in the camp for 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M", "2016-09-29" },
        { "Shelling went on for two and a half hours.", "two and a half hours", "DURATION", "PT2H30M", "2016-09-29" },
        { "The embargo lasted two decades.", "two decades", "DURATION", "P20Y", "2016-09-29" },
        { "Farmers hope the harvest recovers this summer.", "this summer", "DATE", "2016-SU", "2016-03-10" },
        { "A new commander arrived in January, officials said.", "January", "DATE", "2016-01", "2016-11-20" },
        { "The editorial ran on Saturday, April 25: the court erred.", "Saturday, April 25", "DATE", "2015-04-25", "2015-04-24" },
        { "The siege ended a decades-long feud between the clans.", "decades-long", "DURATION", "PXY", "2016-09-29" },
        { "Grain prices reached their highest level in years.", "years", "DURATION", "PXY", "2016-09-29" },
        { "Reinforcements could arrive within weeks, the general said.", "weeks", "DURATION", "PXW", "2016-09-29" },
        { "No return of refugees is likely in the near term.", "the near term", "DATE", "FUTURE_REF", "2016-09-29" },
        { "Food stocks may run out in the coming months.", "the coming months", "DURATION", "PXM", "2016-09-29" },
        { "The agency expects to close the camp by year-end.", "year-end", "DATE", "2016", "2016-09-29" },
        { "The town grew quickly through the nineties.", "the nineties", "DATE", "199", "2016-09-29" },
        { "Fighting there recalled the 80s, older residents said.", "the 80s", "DATE", "198", "2016-09-29" },
        { "The market fell for six straight days.", "six straight days", "DURATION", "P6D", "2016-09-29" },
        { "Repairs will take between 60 and 90 days.", "60", "DURATION", "P60D", "2016-09-29" },
        { "Deliveries resume within two to three weeks.", "two to three weeks", "DURATION", "P2W", "2016-09-29" },
        // A capitalised word that opens a sentence is no name before a year ("Vision 2030" is).
        { "The council met again. That 2014 accord still stands.", "2014", "DATE", "2014", "2016-09-29" },
        { "Protests spread. A 2011 law banned them.", "2011", "DATE", "2011", "2016-09-29" },
        // Years before 1900 only with a preposition of time.
        { "The fort has stood on the hill since 1870.", "1870", "DATE", "1870", "2016-09-29" },
        // An irregular past tense keeps a month far ahead of the document date in the document's year.
        { "In January, the militia bought rifles from smugglers.", "January", "DATE", "2016-01", "2016-10-20" },
        { "The group sold its trucks in February, the mayor said.", "February", "DATE", "2016-02", "2016-10-20" },
        // In a results report "the latest period" is the quarter just closed, like "the latest quarter".
        { "Third-quarter profit rose 8%. Sales in the latest period reached $2 billion.", "the latest period", "DATE", "2016-Q3", "2016-10-20" },
        // A month or season with its year spelled out, as broadcast transcripts write it.
        { "January nineteen ninety-seven. Another bomb went off downtown.", "January nineteen ninety-seven", "DATE", "1997-01", "1998-02-27" },
        { "Prices fell to the level we saw in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "DATE", "1994-WI", "1998-02-23" },
        { "The depot flooded in spring 2011.", "spring 2011", "DATE", "2011-SP", "2016-09-29" },
        // Halves of a named year.
        { "The ministry expects lower revenue for the last half of 2015.", "the last half of 2015", "DATE", "2015-H2", "2016-09-29" },
        { "Demand should stay weak through the first two quarters of 2017.", "the first two quarters of 2017", "DATE", "2017-H1", "2016-09-29" },
        // "last Oct. 23" is a day, the latest such before the document date.
        { "The doctor was shot last Oct. 23 at his home.", "last Oct. 23", "DATE", "2015-10-23", "2016-04-19" },
        // A weekday after a clock time reads the tense from the clock time: a deadline to come.
        { "Officials gave the families until 9 a.m. Tuesday to leave the camp.", "9 a.m. Tuesday", "TIME", "2016-10-04T09:00", "2016-09-29" },
        // Reported and planned future: "would be traveling ... Thursday", "on Saturday and were planning to".
        { "The minister said he would be traveling to Cairo Thursday with his aides.", "Thursday", "DATE", "2016-10-06", "2016-10-05" },
        { "Exiles rallied in the square on Saturday and were planning to march again.", "Saturday", "DATE", "2016-10-08", "2016-10-07" },
        // A month or holiday after "by" is a deadline to come, unless the clause is in the past perfect; "should" and "must" look
        // ahead too (published Friday 2016-11-25).
        { "The envoy said a deal was within reach by Christmas.", "Christmas", "DATE", "2016-12-25", "2016-11-25" },
        { "The minister said the loan was to be repaid by January.", "January", "DATE", "2017-01", "2016-11-25" },
        { "Most families had fled the valley by January.", "January", "DATE", "2016-01", "2016-11-25" },
        { "The river should start falling by midday Saturday, forecasters said.", "midday Saturday", "TIME", "2016-11-26T12:00", "2016-11-25" },
        // "since March" is never a month to come.
        { "The carrier, on patrol since March and scheduled to return next month, stays.", "March", "DATE", "2016-03", "2016-08-13" },
        // "March" and "May" after another month's "and"/"to": the span's other end.
        { "Gangs killed 900 people between January and March, the report said.", "March", "DATE", "2016-03", "2016-05-02" },
        { "Prices rose from February to May in every province.", "May", "DATE", "2016-05", "2016-06-20" },
        // A live blog's stamp opening its line is the publication day's, whatever day the entry before named.
        { "10:15 GMT - Officials said the strikes began before dawn on Friday.\n\n12:05 GMT - Three people were killed.", "12:05 GMT", "TIME", "2016-06-18T12:05Z", "2016-06-18" },
        { "Briefing by the minister, MAY 3, 2016\n\n6:13 P.M. EDT\n\nThank you all for coming.", "6:13 P.M.", "TIME", "2016-05-03T18:13", "2016-06-18" },
        // A month three or more ahead, told in the past, was last year's; a day "ahead of" is to come.
        { "Iran and Israel fought a 12-day war in June.", "June", "DATE", "2015-06", "2016-03-12" },
        { "Tensions have risen ahead of Sunday's vote.", "Sunday", "DATE", "2016-03-13", "2016-03-09" },
        // "the night of 11 to 12 May" is one night, the first day's.
        { "On the night of 11 to 12 June, the army said it shot down 15 drones.", "the night of 11 to 12 June", "TIME", "2016-06-11TNI", "2016-06-20" },
        // "overnight into Friday" is the night that ends on Friday, whatever day the article spoke of before.
        { "Strikes on Thursday killed 40. Ten more died in raids overnight into Friday.", "overnight", "TIME", "2016-06-16TNI", "2016-06-17" },
        // A month with no year of its own takes the one its span's other end or "in" gives.
        { "Fighting raged from January to March 2011 in the east.", "January", "DATE", "2011-01", "2016-06-20" },
        { "He visited the capital between May and June in 1981 with his wife.", "May", "DATE", "1981-05", "2016-06-20" },
        { "He visited the capital between May and June in 1981 with his wife.", "June", "DATE", "1981-06", "2016-06-20" },
        // A season after "the": the latest one begun, unless the text speaks of the future.
        { "Over the summer, rival militias recruited more fighters.", "the summer", "DATE", "2016-SU", "2016-11-02" },
        // A sentence about nine months compares years, not quarters, even in a quarterly report.
        { "Third-quarter net rose 5%.\n\nFor the nine months, net was $40 million, up from $35 million a year earlier.", "a year earlier", "DATE", "2015", "2016-10-26" },
        // "until" marks a deadline to come, unless the clause goes on in the past perfect; "had been due to" is past.
        { "Until Thursday, the police had not named the gunman.", "Thursday", "DATE", "2016-09-29", "2016-09-30" },
        { "The police will hold the suspect until Thursday.", "Thursday", "DATE", "2016-10-06", "2016-09-30" },
        { "The ceasefire had been due to expire Friday evening.", "Friday evening", "TIME", "2016-09-23TEV", "2016-09-26" },
        // A future said far back in the sentence still places a month or date ahead of the document date in its year.
        { "The agency will name a new envoy to lead the relief mission to the islands in December.", "December", "DATE", "2016-12", "2016-03-04" },
        { "The ministry will open the rebuilt bridge over the northern river on August 6.", "August 6", "DATE", "2016-08-06", "2016-02-13" },
        // A quarter still to come in the future tense is this year's.
        { "The carmaker will shut three plants in the fourth quarter.", "the fourth quarter", "DATE", "2016-Q4", "2016-08-19" },
        // "the same period last year" is the month or quarter just named, a year before.
        { "Grain exports rose 12% in March, compared with the same period last year.", "the same period last year", "DATE", "2015-03", "2016-04-20" },
        { "Port fees fell in the third quarter from the corresponding period a year earlier.", "the corresponding period a year earlier", "DATE", "2015-Q3", "2016-10-20" },
        { "Fuel imports fell 9% in May against the same month a year ago.", "the same month a year ago", "DATE", "2015-05", "2016-06-10" },
        // A year named after "the calendar year" or "the year" is that year.
        { "The survey covers the calendar year 2014 and part of 2015.", "the calendar year 2014", "DATE", "2014", "2016-09-29" },
        // A fiscal year named by "current", "next" or "latest" (the one last closed); "the current quarter" is the one under way.
        { "The miller expects higher sales in the current fiscal year.", "the current fiscal year", "DATE", "2016", "2016-09-29" },
        { "The mill sold 3 million tonnes in the latest fiscal year.", "the latest fiscal year", "DATE", "2015", "2016-09-29" },
        { "Third-quarter net rose 4%. Orders in the current quarter started slowly.", "the current quarter", "DATE", "2016-Q4", "2016-10-26" },
        // An unknown number of centuries.
        { "The fortress guarded the mountain pass for centuries.", "centuries", "DURATION", "PXC", "2016-09-29" },
        // "the next couple of years" counts two; "since '82" is a year written short.
        { "Patrols along the border will stop for the next couple of years.", "the next couple of years", "DURATION", "P2Y", "2016-09-29" },
        { "The index closed at its lowest level since '82.", "'82", "DATE", "1982", "2008-10-27" },
        // "the week of March 8" is the week holding that day; "the day before/after" is one day off the day named.
        { "The hearing is set for the week of March 8 in the capital.", "the week of March 8", "DATE", "2016-W10", "2016-02-24" },
        { "The envoy left the day before last Tuesday's vote.", "the day before last Tuesday", "DATE", "2016-09-26", "2016-09-29" },
        { "The bomber struck on March 3. Police raided his flat the day after the attack.", "the day", "DATE", "2016-03-04", "2016-09-29" },
        { "The shares fell on Oct. 12, the day before the crash.", "the day", "DATE", "2016-10-12", "2016-10-30" },
        // Parts of the day: "mid afternoon", "mid-afternoon yesterday", "in the morning", "4 in the morning".
        { "Shelling resumed by mid afternoon, witnesses said.", "mid afternoon", "TIME", "2016-09-29TAF", "2016-09-29" },
        { "The shares rose at mid-afternoon yesterday in London.", "mid-afternoon yesterday", "TIME", "2016-09-28TAF", "2016-09-29" },
        { "Traders placed heavy orders in the morning.", "the morning", "TIME", "2016-09-29TMO", "2016-09-29" },
        { "The convoy left at 4 in the morning.", "4 in the morning", "TIME", "2016-09-29T04:00", "2016-09-29" },
        // a live blog's time stamp with its zone, on a line of its own
        { "09:12 CET\n\nA missile struck the city overnight.", "09:12 CET", "TIME", "2016-09-29T09:12", "2016-09-29" },
        // "the year before" is the year before the one last named; "the early summer" is a season.
        { "Tourism earned $300 million last year, down from $450 million the year before.", "the year before", "DATE", "2014", "2016-09-29" },
        { "Orders have recovered from the low levels of the early summer.", "the early summer", "DATE", "2016-SU", "2016-10-26" },
        // "single-day" as "two-day"; an unknown number of quarters; "the weeks ahead"; "in just minutes".
        { "Markets suffered their worst single-day fall since the crash.", "single-day", "DURATION", "P1D", "2016-09-29" },
        { "The miner returned to profit after several quarters of losses.", "several quarters", "DURATION", "PXQ", "2016-09-29" },
        { "Funds may sell more bonds in the weeks ahead.", "the weeks ahead", "DURATION", "PXW", "2016-09-29" },
        { "The index lost 100 points in just minutes.", "minutes", "DURATION", "PTXM", "2016-09-29" },
        // "will one day" is some day to come, not a day's length.
        { "The mayor said the valley will one day be green again.", "one day", "DATE", "FUTURE_REF", "2016-09-29" },
        // "these days" is the present; "a hundred years" counts a hundred.
        { "Traders are far more cautious these days.", "these days", "DATE", "PRESENT_REF", "2016-09-29" },
        { "The clan has ruled the valley for almost a hundred years.", "almost a hundred years", "DURATION", "P100Y", "2016-09-29" },
        // "each July" recurs.
        { "Marchers parade each July through the old town.", "each July", "SET", "XXXX-07", "2016-09-26" },
        // A month eight or more back after "in", told in the past far back in its clause, is this year's; not a deadline ("by").
        { "The general, who stepped down as head of the army's northern command and its reserve units in March for health reasons, is ill.", "March", "DATE", "2016-03", "2016-11-20" },
        { "The minister, who was appointed last year, must repay the loans to the foreign lenders by February.", "February", "DATE", "2017-02", "2016-10-20" },
        // (the point of an abbreviation before a comma or of a title ends no sentence: the verb after "Ill.," or "Gen. Omar Hassan" is the clause's)
        { "In March, a week after the talks in Geneva, a car bomb in Springfield, Ill., killed four people.", "March", "DATE", "2016-03", "2016-11-20" },
        { "In March, a week after the elections, Gen. Omar Hassan of the northern command resigned.", "March", "DATE", "2016-03", "2016-11-20" },
        // Hours back count whole days back: "48 hours ago" is two days before the document date.
        { "The convoy was hit 48 hours ago, the agency said.", "48 hours ago", "DATE", "2016-09-27", "2016-09-29" },
        // "earlier than planned" compares: a duration, as "later than" is.
        { "The vote was held two days earlier than planned.", "two days", "DURATION", "P2D", "2016-09-29" },
        // "the past decade" counts ten years back from the report; it is not the calendar decade before this one.
        { "Rebels have held the valley for the past decade.", "the past decade", "DURATION", "P10Y", "2016-09-29" },
        // "a week or so ago" is about a week ago.
        { "The truce collapsed a week or so ago, residents said.", "a week or so ago", "DATE", "2016-W38", "2016-09-29" },
        // "the first quarter of the financial year" is a quarter of this year, as "of the fiscal year" is.
        { "Arms sales rose in the first quarter of the financial year.", "the first quarter", "DATE", "2016-Q1", "2016-09-29" },
        // "It's the third day of ...", said in the present tense, is the day of the report.
        { "It's the third day of a general strike called by the opposition.", "the third day", "DATE", "2016-09-29", "2016-09-29" },
        { "Today is the sixth straight day of shelling in the north.", "the sixth straight day", "DATE", "2016-09-29", "2016-09-29" },
        // A day that opens the sentence takes the tense of the clause after its comma, unless a past verb comes first.
        { "On Sunday, the army will begin evacuating the camp.", "Sunday", "DATE", "2016-10-02", "2016-09-29" },
        { "On Friday, the council of elders from the northern villages is expected to vote on the truce.", "Friday", "DATE", "2016-09-30", "2016-09-29" },
        { "On Monday, the envoy said the talks will resume.", "Monday", "DATE", "2016-09-26", "2016-09-29" },
        { "On Sunday, the army, which will soon withdraw, shelled the town.", "Sunday", "DATE", "2016-09-25", "2016-09-29" },
        // The age of a truce or a war is how long it has lasted; a person's age is no time.
        { "Hardliners tried to wreck the 10-month-old ceasefire in the south.", "10-month-old", "DURATION", "P10M", "2016-09-29" },
        { "Mediators met to end the decade-old dispute over grazing land.", "decade-old", "DURATION", "P10Y", "2016-09-29" },
        // "the next day", "the next morning" count from the day last named, as "the following day" does.
        { "Rebels seized the bridge on Monday. The next day, troops retook it.", "The next day", "DATE", "2016-09-27", "2016-09-29" },
        { "The mayor was detained on Monday and freed the next morning.", "the next morning", "TIME", "2016-09-27TMO", "2016-09-29" },
        // "Two years later", "A month later" count from the year or month last named, never past the report.
        { "The rebels first took the town in 2009. Two years later, they lost it.", "Two years later", "DATE", "2011", "2016-09-29" },
        { "Gunmen stormed the prison on Feb. 20. A month later, the army retook it.", "A month later", "DATE", "2016-03", "2016-09-29" },
        { "The new rules take effect at the end of this year. Two years later, little may have changed.", "Two years", "DURATION", "P2Y", "2016-09-29" },
        // "that night", "that evening": that part of the day last named.
        { "Gunmen attacked the checkpoint on Monday. That night, the army imposed a curfew.", "That night", "TIME", "2016-09-26TNI", "2016-09-29" },
        // "today's world", "today's youth" are the present age; "today's vote" is the day.
        { "Old feuds matter less to today's youth in the valley.", "today", "DATE", "PRESENT_REF", "2016-09-29" },
        { "Today's vote was delayed by a day.", "Today", "DATE", "2016-09-29", "2016-09-29" },
        // "the day before" at the end of a sentence, with no day named, is the day before the report.
        { "Police said the bodies were found the day before.", "the day", "DATE", "2016-09-28", "2016-09-29" },
        // "the previous Friday", "the following Monday" count from the day last named; "following Monday's protest" is after it.
        { "Grain prices fell on Friday, down 4% from the previous Friday.", "previous Friday", "DATE", "2016-09-16", "2016-09-29" },
        { "Rebels took the bridge on Sept. 6. The following Monday, troops retook it.", "following Monday", "DATE", "2016-09-12", "2016-09-29" },
        { "Police made arrests following Monday's protest.", "Monday", "DATE", "2016-09-26", "2016-09-29" },
        // "that week", "that month", "the same month": the week (month) of the day last named.
        { "Militias shelled the port on Monday. That week, aid ships turned back.", "That week", "DATE", "2016-W39", "2016-09-29" },
        { "The dam was seized on Aug. 4. That month, the river flooded two villages.", "That month", "DATE", "2016-08", "2016-09-29" },
        { "The dam was seized on Aug. 4. In the same month, the river flooded two villages.", "the same month", "DATE", "2016-08", "2016-09-29" },
        // A day number joined to a day of a month is a day of that month, and takes the year written after it.
        { "Delegates will meet in Geneva on October 12 and 13.", "13", "DATE", "2016-10-13", "2016-09-29" },
        { "Voting was held on 4 and 5 September in the north.", "4", "DATE", "2016-09-04", "2016-09-29" },
        { "Relief flights landed on Feb. 3 and 4, 2015.", "Feb. 3", "DATE", "2015-02-03", "2016-09-29" },
        { "Relief flights landed on Feb. 3 and 4, 2015.", "4, 2015", "DATE", "2015-02-04", "2016-09-29" },
        // "the first week of the siege", "the final days of the war": how long a stretch of it lasted, not a week before the report.
        { "Most of the civilians died in the first week of the siege.", "the first week", "DURATION", "P1W", "2016-09-29" },
        { "Soldiers deserted in the final days of the war.", "the final days", "DURATION", "PXD", "2016-09-29" },
        { "Many officers fled in the last week of the campaign.", "the last week", "DURATION", "P1W", "2016-09-29" },
        // "the last week of August": the week that holds most of the month's last seven days.
        { "Shops reopened in the last week of August.", "the last week of August", "DATE", "2016-W34", "2016-09-29" },
        // "overnight Tuesday" is the night before Tuesday, as "overnight on Tuesday" is.
        { "Drones struck the fuel depot overnight Tuesday.", "overnight", "TIME", "2016-09-26TNI", "2016-09-29" },
        // "Two days earlier" counts back from the day last named, as "two days later" counts on ("two days ago" from the report).
        { "Rebels took the town on Monday. Two days earlier, the army had withdrawn.", "Two days earlier", "DATE", "2016-09-24", "2016-09-29" },
        // A midnight told in the past with no day named began the report's day; "after midnight on Tuesday" is Tuesday's start.
        { "Shelling resumed at midnight, residents said.", "midnight", "TIME", "2016-09-28T24:00", "2016-09-29" },
        { "The truce will expire at midnight.", "midnight", "TIME", "2016-09-29T24:00", "2016-09-29" },
        { "Gunmen stormed the jail shortly after midnight on Tuesday.", "midnight on Tuesday", "TIME", "2016-09-27T00:00", "2016-09-29" },
        // A weekday right after a verb in the past tense is when that happened, whatever the clause it reports goes on to say;
        // so is one that "Until" opens a sentence with, told in the past.
        { "The envoy said Wednesday she will not run for office.", "Wednesday", "DATE", "2016-09-28", "2016-09-29" },
        { "Until Wednesday, the port was the only one still open.", "Wednesday", "DATE", "2016-09-28", "2016-09-29" },
        { "Saturday will bring more talks in Geneva.", "Saturday", "DATE", "2016-10-01", "2016-09-29" },
        // "The following week", "a week before", "the month before" count from the day (month) last named.
        { "Rebels took the town on Jan. 12. The following week, the army struck back.", "The following week", "DATE", "2016-W03", "2016-09-29" },
        { "Rebels took the town on Jan. 12. A week before, the army had withdrawn.", "A week before", "DATE", "2016-W01", "2016-09-29" },
        { "Rebels took the town in March. The month before, the army had withdrawn.", "The month before", "DATE", "2016-02", "2016-09-29" },
        // "this Sunday" is the coming one unless the clause is told in the past (a passive in the present is no past).
        { "The vote takes place this Sunday.", "this Sunday", "DATE", "2016-10-02", "2016-09-29" },
        { "Talks collapsed this Tuesday.", "this Tuesday", "DATE", "2016-09-27", "2016-09-29" },
        { "Protesters are invited to the rally this Saturday.", "this Saturday", "DATE", "2016-10-01", "2016-09-29" },
        // A clock time before a day with its part of the day is on that day.
        { "The attack took place at around 10pm on Wednesday night.", "10pm on Wednesday night", "TIME", "2016-09-28T22:00", "2016-09-29" },
        { "The blast went off at 11 p.m. last night.", "11 p.m. last night", "TIME", "2016-09-28T23:00", "2016-09-29" },
        // "every night", "every two days", "every few hours" recur.
        { "Drones attack the city every night.", "every night", "SET", "XXXX-XX-XXTNI", "2016-09-29" },
        { "Convoys leave the depot every two days.", "every two days", "SET", "P2D", "2016-09-29" },
        { "Militants fire rockets every few hours.", "every few hours", "SET", "PTXH", "2016-09-29" },
        // Quarters, halves and fiscal years written short.
        { "Wheat exports fell sharply in Q3 2015.", "Q3 2015", "DATE", "2015-Q3", "2016-09-29" },
        { "Wheat exports fell sharply in Q4.", "Q4", "DATE", "2015-Q4", "2016-09-29" },
        { "Aid spending doubled in H1 2016.", "H1 2016", "DATE", "2016-H1", "2016-09-29" },
        { "The ministry's budget grew in FY2015.", "FY2015", "DATE", "2015", "2016-09-29" },
        // A timetable told in the present ("begins", "expires", "meets") right before its day is to come.
        { "The curfew begins Friday, the army said.", "Friday", "DATE", "2016-09-30", "2016-09-29" },
        { "The truce expires at midnight Saturday.", "midnight Saturday", "TIME", "2016-10-01T24:00", "2016-09-29" },
        // A month before "the same year", "of that year" is in the year last named.
        { "The general retired in 1981 after his wife died in March the same year.", "March the same year", "DATE", "1981-03", "2016-09-29" },
        // What a past verb tells "in" or "on" a month or day lies before the report, a particle or "again" between them or not.
        { "Fighting broke out in November.", "November", "DATE", "2015-11", "2016-09-29" },
        { "Clashes flared up again on 17 November.", "17 November", "DATE", "2015-11-17", "2016-09-29" },
        // A year or decade written short with a typographic apostrophe, as with a straight one.
        { "The militia was founded in \u201992 by former officers.", "\u201992", "DATE", "1992", "2016-09-29" },
        { "The valley has not flooded since \u201982.", "\u201982", "DATE", "1982", "2016-09-29" },
        { "Exiles remembered the town of the \u201970s.", "the \u201970s", "DATE", "197", "2016-09-29" },
    };

    [Fact]
    public void A_weekday_with_a_name_of_its_own_is_no_latest_such_weekday()
    {
        const string text = "Thousands marched on Bloody Sunday. The Good Friday Agreement ended the fighting.";
        var doc = Pipeline.Run(new ArticleDocument(text) { Published = new DateOnly(2016, 9, 29) });
        // "Bloody Sunday" is a time with no value; in a name ("the Good Friday Agreement") it is none
        Assert.Null(Assert.Single(doc.Times).Value);
        Assert.Equal("Bloody Sunday", doc.Times[0].Span.Of(text));
    }

    [Theory]
    [InlineData("The band played at a bar called the Midnight in the old town.")]
    [InlineData("Critics loved his film Chimes at Midnight in Cannes.")]
    [InlineData("Guests stayed for an after-midnight jam session.")]
    public void A_midnight_in_a_name_or_describing_a_noun_is_no_time(string sentence)
    {
        var doc = Pipeline.Run(new ArticleDocument(sentence) { Published = new DateOnly(2016, 9, 29) });
        Assert.DoesNotContain(doc.Times, t => t.Span.Of(sentence).Contains("idnight", StringComparison.Ordinal));
    }

    [Fact]
    public void The_day_or_week_off_an_event_with_no_date_named_is_no_day_or_week_of_the_report()
    {
        const string text = "The day before the liberation, most of the garrison fled the city. The week after the vote, the army withdrew.";
        var doc = Pipeline.Run(new ArticleDocument(text) { Published = new DateOnly(2016, 9, 29) });
        Assert.Null(Assert.Single(doc.Times, t => t.Span.Of(text) == "The day").Value);
        Assert.Null(Assert.Single(doc.Times, t => t.Span.Of(text) == "The week").Value);
    }

    [Fact]
    public void A_model_name_is_no_quarter()
    {
        const string text = "The drone, a model Q3, crashed near the border.";
        var doc = Pipeline.Run(new ArticleDocument(text) { Published = new DateOnly(2016, 9, 29) });
        Assert.Empty(doc.Times);
    }

    [Fact]
    public void That_week_after_week_is_no_week()
    {
        const string text = "The militia struck on Monday. Officials warned that week after week of shelling had emptied the town.";
        var doc = Pipeline.Run(new ArticleDocument(text) { Published = new DateOnly(2016, 9, 29) });
        Assert.DoesNotContain(doc.Times, t => t.Span.Of(text).Contains("week", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Analysts recalled the fall of Aleppo in December.")]
    [InlineData("Traders blamed the fall in oil prices.")]
    [InlineData("Activists of the Arab Spring met in Tunis.")]
    [InlineData("The envoys met at the Summer Palace on the lake.")]
    [InlineData("Both teams trained hard for the Winter Olympics.")]
    public void A_season_word_that_is_no_season_is_not_a_time(string sentence)
    {
        var doc = Pipeline.Run(new ArticleDocument(sentence) { Published = new DateOnly(2016, 9, 29) });
        Assert.DoesNotContain(doc.Times, t => t.Span.Of(sentence).Contains("fall", StringComparison.OrdinalIgnoreCase) || t.Span.Of(sentence).Contains("Spring", StringComparison.Ordinal)
            || t.Value is { Length: > 3 } v && v[^3] == '-' && v[^2..] is "SP" or "SU" or "FA" or "WI");
    }

    [Theory]
    [InlineData("Government troops withdrew from the valley in the second half of February.")]
    [InlineData("The visitors scored twice in the second half of the match.")]
    [InlineData("The port grew fastest in the first half of the 19th century.")]
    public void A_half_or_quarter_of_something_else_is_no_half_or_quarter_of_this_year(string sentence)
    {
        var doc = Pipeline.Run(new ArticleDocument(sentence) { Published = new DateOnly(2016, 9, 29) });
        Assert.DoesNotContain(doc.Times, t => t.Value is { } v && (v.Contains("-H", StringComparison.Ordinal) || v.Contains("-Q", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("It was the third day of clashes in the city.")]
    [InlineData("On the second day of the offensive, troops entered the town.")]
    [InlineData("Friday is the fifth day of the strike.")]
    public void An_ordinal_day_not_said_of_the_present_is_not_the_report_day(string sentence)
    {
        var doc = Pipeline.Run(new ArticleDocument(sentence) { Published = new DateOnly(2016, 9, 29) });
        Assert.DoesNotContain(doc.Times, t => t.Span.Of(sentence).EndsWith(" day", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A 12-year-old boy was among the dead.")]
    [InlineData("Police detained a 30-year-old man near the border.")]
    public void An_age_is_not_a_time(string sentence)
    {
        var doc = Pipeline.Run(new ArticleDocument(sentence) { Published = new DateOnly(2016, 9, 29) });
        Assert.Empty(doc.Times);
    }

    [Fact]
    public void That_before_a_part_of_the_day_and_a_noun_is_no_time()
    {
        const string sentence = "The militia struck on Monday. Officials said that night raids had killed 12 people.";
        var doc = Pipeline.Run(new ArticleDocument(sentence) { Published = new DateOnly(2016, 9, 29) });
        Assert.DoesNotContain(doc.Times, t => t.Span.Of(sentence).Contains("night", StringComparison.Ordinal));
    }

    [Fact]
    public void The_day_a_stretch_runs_since_is_not_the_day_in_focus()
    {
        const string s = "Since 7 October, at least 1,200 people have been killed. Troops detained 35 people in overnight raids.";
        var doc = Pipeline.Run(new ArticleDocument(s) { Published = new DateOnly(2016, 12, 20) });
        var t = Assert.Single(doc.Times, x => x.Span.Of(s) == "overnight");
        Assert.Equal("2016-12-19TNI", t.Value);
    }

    [Fact]
    public void A_weekday_possessive_after_would_stays_in_the_past()
    {
        const string s = "Lawyers said they would look for ways to get around Wednesday's ruling.";
        var doc = Pipeline.Run(new ArticleDocument(s) { Published = new DateOnly(2016, 9, 30) });
        var t = Assert.Single(doc.Times, x => x.Span.Of(s) == "Wednesday");
        Assert.Equal("2016-09-28", t.Value);
    }

    [Theory]
    [MemberData(nameof(TimeMLRows))]
    public void Follows_TimeML_value_conventions(string sentence, string text, string type, string value, string published)
    {
        var doc = Pipeline.Run(new ArticleDocument(sentence) { Published = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture) });
        var t = Assert.Single(doc.Times, x => x.Span.Of(sentence) == text);
        Assert.Equal(type, t.Type.ToString());
        Assert.Equal(value, t.Value);
    }

    // The scanner tries a function word ("the", "at", "no") only when a time or number word follows within a few
    // tokens; these expressions hold only such words before their one core word, so they must still be found.
    public static TheoryData<string, string, string, string?> FunctionWordLeads => new()
    {
        { "Prices should stay flat in the near term, traders said.", "the near term", "DATE", "FUTURE_REF" },
        { "The curfew stays in place for the time being.", "the time being", "DATE", "PRESENT_REF" },
        { "The port town grew quickly in the sixties.", "the sixties", "DATE", "196" },
        { "The convoy waited at least a couple of days at the crossing.", "at least a couple of days", "DURATION", "P2D" },
        { "The mission will last no more than a few weeks.", "no more than a few weeks", "DURATION", "PXW" },
        { "The second convoy arrived the same day.", "the same day", "DATE", "2016-09-29" },
        // After "the", the scanner reads on only over a marked word or one of the few unmarked words a time follows "the" with.
        { "Trade slowed in the latter half of 2015, the port said.", "the latter half of 2015", "DATE", "2015-H2" },
        { "The deal may hold in the short term.", "the short term", "DATE", "FUTURE_REF" },
        { "Nobody expects calm in the long term.", "the long term", "DATE", "FUTURE_REF" },
        { "Talks resumed in the '90s after a long pause.", "the '90s", "DATE", "199" },
        // Each matcher "the", a number or a number word opens is tried only where the next token lets it read on.
        { "The dam was finished in two thousand and three.", "two thousand and three", "DATE", "2003" },
        { "The shelling began at 4 in the morning, residents said.", "4 in the morning", "TIME", "2016-09-29T04:00" },
        { "Aid will be scarce in the weeks ahead.", "the weeks ahead", "DURATION", "PXW" },
        { "The camp has grown over the years.", "the years", "DURATION", "PXY" },
        { "Fighting resumed at the end of March.", "the end of March", "DATE", "2016-03" },
        // Counts are tried only with a unit, month, date mark or clock mark close after them.
        { "The raid began at 10 p.m. near the camp.", "10 p.m.", "TIME", "2016-09-29T22:00" },
        { "The order dated 12/09/2016 was never published.", "12/09/2016", "DATE", "2016-12-09" },
        { "Both sides agreed to a 5-day truce.", "5-day", "DURATION", "P5D" },
        { "Aid reached the valley on 12 March after talks.", "12 March", "DATE", "2016-03-12" },
        { "The siege has lasted 2 1/2 years so far.", "2 1/2 years", "DURATION", "P2Y6M" },
        { "Some 40 families left within 3 straight days of shelling.", "3 straight days", "DURATION", "P3D" },
    };

    [Theory]
    [MemberData(nameof(FunctionWordLeads))]
    public void Expressions_led_by_function_words_are_still_found(string sentence, string text, string type, string? value)
    {
        var doc = Pipeline.Run(new ArticleDocument(sentence) { Published = new DateOnly(2016, 9, 29) });
        var t = Assert.Single(doc.Times, x => x.Span.Of(sentence) == text);
        Assert.Equal(type, t.Type.ToString());
        Assert.Equal(value, t.Value);
    }

    [Theory]
    [InlineData("Independence came in 1821 after a long war.", "1821")]
    [InlineData("The fleet carried 1850 soldiers to the island.", "1850")]
    [InlineData("He said the total was about 1650 when the count ended.", "1650")]
    public void Old_numbers_are_years_only_after_a_preposition_of_time(string sentence, string number)
    {
        var doc = Pipeline.Run(new ArticleDocument(sentence) { Published = new DateOnly(2016, 9, 29) });
        bool isYear = doc.Times.Any(t => t.Span.Of(sentence) == number);
        Assert.Equal(sentence.Contains(" in " + number, StringComparison.Ordinal), isYear);
    }

    [Fact]
    public void A_month_far_ahead_without_past_tense_is_next_years()
    {
        const string text = "The dividend is payable in January to holders of record.";
        var doc = Pipeline.Run(new ArticleDocument(text) { Published = new DateOnly(2016, 10, 20) });
        Assert.Equal("2017-01", Assert.Single(doc.Times, t => t.Span.Of(text) == "January").Value);
    }

    [Fact]
    public void A_rate_after_a_duration_is_no_second_time()
    {
        const string text = "Guards watch the gate 24 hours a day.";
        var doc = Pipeline.Run(new ArticleDocument(text) { Published = new DateOnly(2016, 9, 29) });
        Assert.Equal("24 hours", Assert.Single(doc.Times).Span.Of(text));
    }

    [Fact]
    public void A_sentence_without_time_or_number_words_has_no_times()
    {
        const string text = "The envoy said that the talks at the palace were more than a formality for the rebels.";
        var doc = Pipeline.Run(new ArticleDocument(text) { Published = new DateOnly(2016, 9, 29) });
        Assert.Empty(doc.Times);
    }

    [Fact]
    public void Since_is_a_signal_not_part_of_the_time()
    {
        const string sentence = "Fighting has continued since Tuesday.";
        var doc = Pipeline.Run(new ArticleDocument(sentence) { Published = new DateOnly(2016, 9, 29) });
        var t = Assert.Single(doc.Times);
        Assert.Equal("Tuesday", t.Span.Of(sentence));
        Assert.Equal("2016-09-27", t.Value);
    }

    [Theory]
    [InlineData("Doctors at the M10 hospital treated the wounded.")]
    [InlineData("The council cited Resolution 2254 in its statement.")]
    [InlineData("Leaders met on the sidelines of the G20 summit.")]
    [InlineData("A 12-year-old boy was among the injured.")]
    [InlineData("More than 2000 people marched in the capital.")]
    // Programme titles in quotes and a figure of speech.
    [InlineData("The minister spoke on the \"This Week\" programme.")]
    [InlineData("He told CBS's \"60 Minutes\" he would stay.")]
    [InlineData("For the rebels, high noon had come.")]
    [InlineData("Agents seized the boy in a pre-dawn raid.")]
    [InlineData("Three quarters of the voters backed him.")]
    [InlineData("Gunmen killed 4 in the morning raid.")]
    [InlineData("The minister spoke in the evening news.")]
    [InlineData("The quarter-to-quarter comparison flattered the miner.")]
    // newspapers named for how often they appear
    [InlineData("The story ran in THE WEEKLY HERALD and nowhere else.")]
    [InlineData("The Daily Courier ran the story.")]
    public void Names_numbers_and_ages_are_not_times(string sentence)
    {
        var doc = Pipeline.Run(new ArticleDocument(sentence) { Published = new DateOnly(2016, 9, 29) });
        Assert.Empty(doc.Times);
    }

    [Fact]
    public void A_year_before_year_names_it_and_counts_nothing()
    {
        const string sentence = "He earned enough points for the 1983-1984 year.";
        var doc = Pipeline.Run(new ArticleDocument(sentence) { Published = new DateOnly(2016, 9, 29) });
        Assert.DoesNotContain(doc.Times, t => t.Type == TimexType.DURATION);
    }

    [Fact]
    public void Without_a_publication_date_relative_times_stay_unresolved_with_a_diagnostic()
    {
        const string sentence = "The convoy was attacked on Wednesday, a week after talks began in March 2011.";
        var doc = Pipeline.Run(new ArticleDocument(sentence));
        var wednesday = Assert.Single(doc.Times, x => x.Span.Of(sentence) == "Wednesday");
        Assert.Null(wednesday.Value);
        Assert.Equal("2011-03", Assert.Single(doc.Times, x => x.Span.Of(sentence) == "March 2011").Value);
        var d = Assert.Single(doc.Diagnostics, x => x.Code == "TIME001");
        Assert.Equal(wednesday.Span, d.Span);
    }

    [Theory]
    [InlineData("Shelling has intensified over the past fortnight.", "the past fortnight", "DURATION", "P2W", null)]
    [InlineData("The rebels were told to leave by the end of the month.", "the end of the month", "DATE", "2025-05", "END")]
    [InlineData("Talks stalled at the start of the week.", "the start of the week", "DATE", "2025-W20", "START")]
    public void A_fortnight_and_the_end_of_the_month_are_times(string text, string words, string type, string value, string? mod)
    {
        var doc = Pipeline.Run(new ArticleDocument(text) { Published = new DateOnly(2025, 5, 15) });
        var t = Assert.Single(doc.Times, x => x.Span.Of(text) == words);
        Assert.Equal((type, value, mod), (t.Type.ToString(), t.Value, t.Mod));
    }

    [Fact]
    public void This_weekend_from_midweek_is_the_coming_one()
    {
        const string text = "Talks resume this weekend after a pause last weekend.";
        var doc = Pipeline.Run(new ArticleDocument(text) { Published = new DateOnly(2025, 5, 15) }); // a Thursday, week 20
        Assert.Equal("2025-W20-WE", Assert.Single(doc.Times, x => x.Span.Of(text) == "this weekend").Value);
        Assert.Equal("2025-W19-WE", Assert.Single(doc.Times, x => x.Span.Of(text) == "last weekend").Value);
    }

    [Fact]
    public void Days_later_count_from_the_day_last_named()
    {
        const string text = "Gunmen killed 40 farmers on Saturday. Troops killed 22 insurgents a day later. Two weeks later, the road reopened.";
        var doc = Pipeline.Run(new ArticleDocument(text) { Published = new DateOnly(2025, 5, 15) });
        Assert.Equal("2025-05-11", Assert.Single(doc.Times, x => x.Span.Of(text) == "a day later").Value);
        Assert.Equal(TimexType.DATE, Assert.Single(doc.Times, x => x.Span.Of(text) == "Two weeks later").Type);
        // with no day named before, a stretch of time as before
        const string alone = "He was freed three days later.";
        Assert.Equal("P3D", Assert.Single(Pipeline.Run(new ArticleDocument(alone) { Published = new DateOnly(2025, 5, 15) }).Times).Value);
    }

    [Theory]
    [InlineData("The Oct. 7 attacks shocked the country.", "Oct. 7", "2024-10-07")]
    [InlineData("The October 7 attacks shocked the country.", "October 7", "2024-10-07")]
    [InlineData("Talks will resume on October 7.", "October 7", "2025-10-07")]
    public void A_day_months_ahead_in_a_clause_told_in_the_past_was_last_years(string text, string words, string value)
    {
        var doc = Pipeline.Run(new ArticleDocument(text) { Published = new DateOnly(2025, 6, 12) });
        Assert.Equal(value, Assert.Single(doc.Times, x => x.Span.Of(text) == words).Value);
    }

    [Fact]
    public void A_part_of_day_before_on_and_a_weekday_is_that_days()
    {
        const string text = "Clashes erupted late on Monday and went on until dawn on Wednesday. The convoy left mid-morning on Tuesday.";
        var doc = Pipeline.Run(new ArticleDocument(text) { Published = new DateOnly(2025, 5, 15) });
        Assert.Equal("2025-05-14TMO", Assert.Single(doc.Times, x => x.Span.Of(text) == "dawn").Value);
        Assert.Equal("2025-05-13TMO", Assert.Single(doc.Times, x => x.Span.Of(text) == "mid-morning").Value);
    }

    [Fact]
    public void Without_a_publication_date_a_day_with_no_year_dates_nothing_after_it()
    {
        // "Aug 24" and "Sunday" have no value in an undated article, so "overnight" and "later that month" have none either
        const string text = "MOGADISHU, Aug 24 (Wire) - Militants attacked a base on Sunday. Mortars struck the port overnight. A second attack came in September.";
        var doc = Pipeline.Run(new ArticleDocument(text));
        Assert.Null(Assert.Single(doc.Times, x => x.Span.Of(text) == "overnight").Value);
        Assert.Null(Assert.Single(doc.Times, x => x.Span.Of(text) == "September").Value);
        Assert.Contains(doc.Diagnostics, x => x.Code == "TIME001" && x.Span!.Value.Of(text) == "overnight");
    }

    [Fact]
    public void Without_a_publication_date_the_dateline_under_the_title_dates_the_article_and_says_so()
    {
        const string text = "Ceasefire collapses in the north\nApril 27, 2005\nFighting resumed on Wednesday after talks stalled.";
        var doc = Pipeline.Run(new ArticleDocument(text));
        Assert.Equal("2005-04-27", Assert.Single(doc.Times, x => x.Span.Of(text) == "Wednesday").Value);
        var note = Assert.Single(doc.Diagnostics, x => x.Code == "TIME003");
        Assert.Equal("April 27, 2005", note.Span!.Value.Of(text));
        Assert.DoesNotContain(doc.Diagnostics, x => x.Code == "TIME001");
    }

    [Theory]
    // a wire dateline's date is on or before the publication, however far back (an archive's date may be months later)
    [InlineData("GAROWE, Somalia, Jan. 8 (Horn Dispatch) - Gunmen attacked a checkpoint, police said.", "2016-11-25", "Jan. 8", "2016-01-08")]
    [InlineData("HARGEISA, March 14 (Wire) -- Floods cut off villages.", "2016-12-20", "March 14", "2016-03-14")]
    [InlineData("HARGEISA, Sept. 29 (Wire) - Floods cut off villages.", "2016-09-29", "Sept. 29", "2016-09-29")]
    public void A_datelines_date_is_never_after_publication(string text, string published, string words, string value)
    {
        var doc = Pipeline.Run(new ArticleDocument(text) { Published = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(value, Assert.Single(doc.Times, x => x.Span.Of(text) == words).Value);
    }

    [Fact]
    public void A_full_date_deep_in_the_body_is_no_dateline()
    {
        const string text = "Ceasefire collapses\n\nFighting resumed on Wednesday.\n\nThe truce was signed on 2 March 2004.\n\nTalks began on 3 March 2004.";
        var doc = Pipeline.Run(new ArticleDocument(text));
        Assert.Null(Assert.Single(doc.Times, x => x.Span.Of(text) == "Wednesday").Value);
        Assert.Contains(doc.Diagnostics, x => x.Code == "TIME001");
    }

    [Fact]
    public void An_impossible_date_is_reported_not_resolved()
    {
        const string sentence = "The statement was dated 31 February 2016 by mistake.";
        var doc = Pipeline.Run(new ArticleDocument(sentence) { Published = new DateOnly(2016, 9, 29) });
        Assert.DoesNotContain(doc.Times, x => x.Span.Of(sentence).Contains("February"));
        var d = Assert.Single(doc.Diagnostics, x => x.Code == "TIME002");
        Assert.Equal("31 February 2016", d.Span!.Value.Of(sentence));
    }

    [Fact]
    public void The_clock_is_never_used_a_past_article_stays_in_its_past()
    {
        const string sentence = "The ceasefire collapsed yesterday.";
        var doc = Pipeline.Run(new ArticleDocument(sentence) { Published = new DateOnly(1999, 1, 1) });
        Assert.Equal("1998-12-31", Assert.Single(doc.Times).Value);
    }

    // Boilerplate lines as the boilerplate stage writes them (whole lines, in text order), then out of order and with an
    // empty one (the full test answers for those); spans asked in order, then one asked again from further back.
    [Theory]
    [InlineData(new[] { 10, 20, 40, 60, 61, 90 })]
    [InlineData(new[] { 40, 60, 10, 20 })]
    [InlineData(new[] { 10, 20, 30, 30, 50, 70 })]
    [InlineData(new int[0])]
    public void The_boilerplate_cursor_answers_as_the_full_test_does(int[] bounds)
    {
        var lines = System.Collections.Immutable.ImmutableArray.CreateBuilder<Boilerplate>();
        for (int i = 0; i + 1 < bounds.Length; i += 2)
            lines.Add(new Boilerplate(new Sitrep.Core.TextSpan(bounds[i], bounds[i + 1]), BoilerplateKind.Caption));
        var layer = lines.ToImmutable();
        var cursor = new global::Sitrep.Extraction.Times.TimeStage.BoilerplateCursor(layer);
        var asked = new List<Sitrep.Core.TextSpan>();
        for (int start = 0; start < 100; start += 7) asked.Add(new Sitrep.Core.TextSpan(start, start + 1 + start % 5));
        asked.Add(new Sitrep.Core.TextSpan(12, 15));
        asked.Add(new Sitrep.Core.TextSpan(55, 95));
        int covered = 0;
        foreach (var span in asked)
        {
            bool full = global::Sitrep.Extraction.Times.TimeStage.InBoilerplate(layer, span);
            Assert.Equal(full, cursor.Covers(span));
            if (full) covered++;
        }
        Assert.Equal(layer.Length > 0, covered > 0);
    }
}
