package io.jingwu.portal.dashboard.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableExporter;
import org.primefaces.component.export.ColumnValue;
import org.primefaces.component.export.DataExporters;
import org.primefaces.component.export.ExcelOptions;

import java.io.IOException;
import java.util.EnumSet;

/**
 * What {@code <p:dataExporter type="xlsx">} writes (the dashboard's escalations): one sheet per table, the column
 * headers in bold on the first row, then one row of cell texts per table row, columns as wide as their longest text.
 * PrimeFaces' own xlsx exporter needs Apache POI, some 19 MB in 13 jars that the server would scan at every start for
 * this one button; fastexcel writes the same workbook with 140 kB. The page's table stays the only definition of the
 * columns and rows: PrimeFaces walks them and hands each text here.
 * <p>
 * Every cell is text, also one that looks like a number: a tracking number or unit code is an identifier, and a
 * spreadsheet must not round it or drop a leading zero. Column groups and the table's header and footer facets are
 * not written as rows (the escalations table has none).
 */
public class XlsxExporter extends DataTableExporter<Workbook, ExcelOptions> {

    private Worksheet sheet;
    private int row;

    public XlsxExporter() {
        super(new ExcelOptions(), EnumSet.of(FacetType.COLUMN), true);
    }

    @Override
    protected Workbook createDocument(FacesContext context) {
        return new Workbook(os(), "Jingwu", null);
    }

    @Override
    protected void exportTable(FacesContext context, DataTable table, int index) throws IOException {
        // the sheet's name as PrimeFaces' POI exporter chose it, "table1" for the dashboard
        String header = getComponentFacetValue(context, table, "header");
        sheet = document.newWorksheet(header == null || header.isBlank() ? table.getId() + (index + 1) : header);
        sheet.pageOrientation("landscape");
        sheet.paperSize(PaperSize.A4_PAPER);
        row = -1;
        super.exportTable(context, table, index);
    }

    @Override
    protected void preRowExport(FacesContext context, DataTable table) {
        row++;
    }

    @Override
    protected void exportColumnFacetValue(FacesContext context, DataTable table, ColumnValue header, int column) {
        sheet.value(row, column, header.toString());
        sheet.style(row, column).bold().set();
    }

    @Override
    protected void exportCellValue(FacesContext context, DataTable table, UIColumn col, ColumnValue value, int column) {
        sheet.value(row, column, value.toString());
    }

    @Override
    protected void postExport(FacesContext context) throws IOException {
        super.postExport(context);
        document.finish();
    }

    @Override
    public String getContentType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public String getFileExtension() {
        return ".xlsx";
    }

    /**
     * Puts {@link XlsxExporter} in the place of PrimeFaces' own for {@code type="xlsx"} (PrimeFaces 15 finds exporters
     * only by type; the tag's {@code exporter} attribute is ignored). Done before the first request's view is restored
     * rather than when the application starts: registering builds PrimeFaces' application context, which reads the
     * session cookie configuration, and the servlet container refuses that to Faces' start-up listener.
     */
    public static class Registration implements PhaseListener {

        private static final long serialVersionUID = 1L;

        private volatile boolean registered;

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.RESTORE_VIEW;
        }

        @Override
        public void beforePhase(PhaseEvent event) {
            if (!registered) {
                DataExporters.register(DataTable.class, XlsxExporter.class, "xlsx");
                registered = true;
            }
        }

        @Override
        public void afterPhase(PhaseEvent event) {
            // all done before the phase
        }
    }
}
