package org.credence.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's own plugins folder (~/.credence/plugins, here under -Dcredence.config) is loaded beside the
 * installation's when it exists, and not when a folder is named with --plugins, which is then the whole set.
 */
class UserPluginsFolderTest {

    @TempDir
    Path dir;

    private String config;
    private String home;

    @BeforeEach
    void point() throws Exception {
        config = System.getProperty("credence.config");
        home = System.getProperty("credence.home");
        System.setProperty("credence.config", dir.resolve("config").toString());
        System.setProperty("credence.home", Files.createDirectories(dir.resolve("install/plugins")).getParent()
                .toString());
    }

    @AfterEach
    void restore() {
        reset("credence.config", config);
        reset("credence.home", home);
    }

    private static void reset(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @Test
    void theUsersFolderIsLoadedAfterTheInstallationsOnceItExists() throws Exception {
        PluginsOption option = new PluginsOption();
        assertThat(option.userFoldersToLoad()).as("no folder of one's own yet").isEmpty();
        Path own = Files.createDirectories(dir.resolve("config/plugins"));
        assertThat(option.userFoldersToLoad()).containsExactly(own);
        assertThat(option.toLoad()).isEqualTo(dir.resolve("install/plugins"));
        assertThat(option.toManage()).as("a writable installation is managed as before")
                .isEqualTo(dir.resolve("install/plugins"));
    }

    @Test
    void aFolderNamedOnTheCommandLineIsTheWholeSet() throws Exception {
        Files.createDirectories(dir.resolve("config/plugins"));
        PluginsOption option = new PluginsOption();
        option.plugins = dir.resolve("elsewhere");
        assertThat(option.userFoldersToLoad()).isEmpty();
        assertThat(option.toManage()).isEqualTo(dir.resolve("elsewhere"));
    }
}
