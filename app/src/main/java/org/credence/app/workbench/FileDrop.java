package org.credence.app.workbench;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.swing.TransferHandler;

import org.credence.engine.io.OneLine;

/** Files and folders dropped on the window are opened beside what is already open. */
final class FileDrop extends TransferHandler {

    private static final long serialVersionUID = 1L;

    private final transient Supplier<List<Path>> open;
    private final transient Consumer<List<Path>> reopen;
    private final transient Dialogs dialogs;

    /**
     * @param open   the inputs open now
     * @param reopen analyses the inputs given, the open ones and the dropped ones
     */
    FileDrop(Supplier<List<Path>> open, Consumer<List<Path>> reopen, Dialogs dialogs) {
        this.open = open;
        this.reopen = reopen;
        this.dialogs = dialogs;
    }

    @Override
    public boolean canImport(TransferSupport support) {
        return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
    }

    @Override
    public boolean importData(TransferSupport support) {
        try {
            List<?> files = (List<?>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
            List<Path> all = new ArrayList<>(open.get());
            files.forEach(f -> all.add(((File) f).toPath()));
            reopen.accept(all);
            return true;
        } catch (UnsupportedFlavorException | IOException | RuntimeException e) {
            dialogs.error("Cannot open what was dropped", OneLine.message(e));
            return false;
        }
    }
}
