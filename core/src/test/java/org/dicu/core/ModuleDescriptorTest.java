package org.dicu.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.dicu.core.validation.DicuValidator;
import org.junit.jupiter.api.Test;

/** Keeps core free of any JSON library, as the design requires. */
final class ModuleDescriptorTest {

  private static ModuleDescriptor coreDescriptor() throws IOException {
    ModuleDescriptor descriptor = DicuValidator.class.getModule().getDescriptor();
    if (descriptor != null) {
      return descriptor;
    }
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void shouldDescribeTheCoreModule() throws IOException {
    assertThat(coreDescriptor().name()).isEqualTo("org.dicu.core");
  }

  @Test
  void shouldRequireNoJacksonModule() throws IOException {
    assertThat(coreDescriptor().requires())
        .extracting(ModuleDescriptor.Requires::name)
        .isNotEmpty()
        .noneMatch(name -> name.toLowerCase(Locale.ROOT).contains("jackson"));
  }

  @Test
  void shouldNotSeeJacksonFromCore() {
    assertThat(DicuValidator.class.getModule().getLayer() == null
            || DicuValidator.class.getModule().getLayer().findModule("com.fasterxml.jackson.databind")
                .isEmpty())
        .as("jackson-databind in the layer of core")
        .isTrue();
  }
}
