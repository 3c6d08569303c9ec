package org.sightline.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file read into rows of cells that remember their line and column, through Jackson's CSV
 * parser under the same limits as JSON. Rows whose cells are all blank are left out.
 */
final class CsvTable {

    /** One cell: its text as written (unquoted) and where it starts. */
    record Cell(String text, int line, int column) {
        boolean isBlank() {
            return text.isBlank();
        }
    }

    /** One row: the line it starts on and its cells. */
    record Row(int line, List<Cell> cells) {
        /** The cell at {@code index}, or a blank cell on this row when the row is shorter. */
        Cell cell(int index) {
            return index < cells.size() ? cells.get(index) : new Cell("", line, 0);
        }

        boolean isBlank() {
            return cells.stream().allMatch(Cell::isBlank);
        }
    }

    private final List<Row> rows;

    private CsvTable(List<Row> rows) {
        this.rows = rows;
    }

    List<Row> rows() {
        return rows;
    }

    /**
     * Reads CSV text (already decoded and checked as UTF-8).
     *
     * @throws ProblemException for malformed CSV or a broken limit, located
     */
    static CsvTable parse(String text, String file, ReadLimits limits) throws ProblemException {
        CsvFactory factory = CsvFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(limits.maxStringLength())
                        .maxDocumentLength(limits.maxBytes())
                        .build())
                .build();
        List<Row> rows = new ArrayList<>();
        try (CsvParser p = factory.createParser(text)) {
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_ARRAY) {
                return new CsvTable(rows);
            }
            while ((t = p.nextToken()) == JsonToken.START_ARRAY) {
                List<Cell> cells = new ArrayList<>();
                int rowLine = -1;
                while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
                    JsonLocation at = p.currentTokenLocation();
                    if (rowLine < 0) {
                        rowLine = at.getLineNr();
                    }
                    cells.add(new Cell(p.getText(), at.getLineNr(), at.getColumnNr()));
                }
                Row row = new Row(rowLine, List.copyOf(cells));
                if (!row.isBlank()) {
                    if (rows.size() >= limits.maxItems()) {
                        throw new ProblemException(Problem.error(file, rowLine, 1, "",
                                "the file has more than " + limits.maxItems() + " rows, the limit"));
                    }
                    rows.add(row);
                }
            }
            return new CsvTable(rows);
        } catch (StreamConstraintsException e) {
            throw new ProblemException(Problem.error(file, 0, 0, "", "the file exceeds a safety limit: "
                    + LocatedJsonParser.limitMessage(e)));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ProblemException(Problem.error(file, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), "", "malformed CSV: " + ParserMessages.plain(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new ProblemException(Problem.error(file, 0, 0, "", "could not be read: " + FileErrors.reason(e)));
        }
    }
}
