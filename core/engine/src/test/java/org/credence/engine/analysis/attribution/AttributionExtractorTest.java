package org.credence.engine.analysis.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.credence.api.Attribution;
import org.credence.api.SourceKind;
import org.credence.api.Span;
import org.credence.engine.analysis.OpenNlpPipeline;
import org.credence.engine.analysis.TextUnit;
import org.credence.engine.lexicon.Lexicons;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributionExtractorTest {

    private static OpenNlpPipeline pipeline;
    private final AttributionExtractor extractor = new AttributionExtractor(Lexicons.defaults());

    @BeforeAll
    static void loadModels() {
        pipeline = new OpenNlpPipeline();
    }

    private List<Attribution> extract(String text) {
        return extractor.extract(new TextUnit(text, Span.EMPTY, pipeline.sentences(text, Span.EMPTY)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # sentence                                                                              | source                                   | cue            | kind
        The Interior Ministry said the border would reopen on Monday.                           | The Interior Ministry                    | said           | OFFICIAL
        "The mine will close," said Petra Lind, the labour minister.                            | Petra Lind                               | said           | OFFICIAL
        "We will not leave," the activist Omar Dahl said.                                       | the activist Omar Dahl                   | said           | ACTIVIST
        Marta Vey, an opposition activist in the north, said that 300 miners had left.          | Marta Vey                                | said           | ACTIVIST
        "The numbers are inflated," Jonas Brandt, a regional analyst told Reuters.              | Jonas Brandt                             | told           | EXPERT
        According to the Kelvar Observatory for Human Rights, 2,000 people fled.                | the Kelvar Observatory for Human Rights  | According to   | NGO_MONITOR
        Over 900 workers quit, according to reports from the Tarsa Monitoring Group.           | the Tarsa Monitoring Group               | according to   | NGO_MONITOR
        A Defense Department spokesperson said the troops were ready.                           | A Defense Department spokesperson        | said           | UNNAMED
        Multiple media reports claimed that the plant had been sold.                            | Multiple media reports                   | claimed        | UNNAMED
        A publication based in the capital reported the arrests.                                | A publication                            | reported       | UNNAMED
        A source close to the talks told reporters the deal was done.                           | A source close to the talks              | told           | ANONYMOUS
        Officials who asked not to be named said the plan was dropped.                          | Officials                                | said           | ANONYMOUS
        General Aron Falk warned that the offensive would continue.                             | General Aron Falk                        | warned         | MILITARY
        The state news agency reported that the dam was finished.                               | The state news agency                    | reported       | STATE_MEDIA
        Defence Minister Ivan Horak hinted at new recruitment.                                  | Defence Minister Ivan Horak              | hinted         | OFFICIAL
        The Ministry of Labour acknowledged the delays.                                         | The Ministry of Labour                   | acknowledged   | OFFICIAL
        Reuters reported that the talks had failed.                                            | Reuters                                  | reported       | MEDIA
        According to results compiled by the Kelvar Institute, 4,000 votes were cast.          | the Kelvar Institute                     | According to   | EXPERT
        Fifty people were treated at hospitals in Osk, a health ministry source told the agency. | a health ministry source               | told           | UNNAMED
        """)
    void sourcesCuesAndKindsAreFound(String sentence, String source, String cue, SourceKind kind) {
        List<Attribution> found = extract(sentence);
        assertThat(found).as("attributions in: %s", sentence).isNotEmpty();
        Attribution a = found.get(0);
        assertThat(a.sourceName()).isEqualTo(source);
        assertThat(a.cue().in(sentence)).isEqualTo(cue);
        assertThat(a.kind()).isEqualTo(kind);
        assertThat(a.content().isEmpty()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # sentences with a cue word that attributes nothing
        The said contract was never signed.
        All told, the repairs cost less than expected.
        The reported deal fell through in the end.
        Everything went according to plan for the builders.
        A fairer map based on eligible voters would change the count.
        The region has 21,000-plus confirmed cases of the disease.
        Officials counted 300 reported deaths in the valley.
        The bridge opened on time and the traffic flowed.
        """)
    void wordsThatOnlyLookLikeCuesAttributeNothing(String sentence) {
        assertThat(extract(sentence)).as("attributions in: %s", sentence).isEmpty();
    }

    @Test
    void pronounsAndRolesWithTheStandForTheLastNamedSource() {
        String text = "Lena Orvik, an activist in the valley, said 2,000 miners had signed up. "
                + "She said they were promised wages. As per her estimate, most came from the south.";
        List<Attribution> found = extract(text);
        assertThat(found).extracting(Attribution::sourceName).containsOnly("Lena Orvik");
        assertThat(found).extracting(Attribution::kind).containsOnly(SourceKind.ACTIVIST);
        assertThat(found).extracting(Attribution::resolved).containsExactly(false, true, true);
    }

    @Test
    void contentIsTheReportedClause() {
        String text = "The Interior Ministry said the border would reopen on Monday.";
        Attribution a = extract(text).get(0);
        assertThat(a.content().in(text)).isEqualTo("the border would reopen on Monday");
    }
}
