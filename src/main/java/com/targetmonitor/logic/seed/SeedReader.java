package com.targetmonitor.logic.seed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Reads the seed plans shipped in the jar under {@code /seeds/}. */
public final class SeedReader {

    /** The seed plans a new workspace starts from, in the order they are installed. */
    public static final List<String> BUNDLED = List.of("jinchang-2022.yaml", "jinchang-2023.yaml",
            "jiayuguan-2022.yaml");

    private final ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** All bundled seed files. */
    public List<SeedFile> readBundled() {
        List<SeedFile> files = new ArrayList<>();
        for (String name : BUNDLED) {
            try (InputStream in = SeedReader.class.getResourceAsStream("/seeds/" + name)) {
                if (in == null) {
                    throw new SeedException("seed file missing from the application: seeds/" + name);
                }
                files.add(read(in, name));
            } catch (IOException e) {
                throw new SeedException("cannot read seeds/" + name + ": " + e.getMessage(), e);
            }
        }
        return files;
    }

    /** Reads one seed file; {@code name} is used in messages. */
    public SeedFile read(InputStream in, String name) {
        try {
            SeedFile file = yaml.readValue(in, SeedFile.class);
            if (file == null || file.plan() == null) {
                throw new SeedException("seeds/" + name + " has no plan section");
            }
            return file;
        } catch (IOException e) {
            throw new SeedException("seeds/" + name + " is not a valid seed file: " + e.getMessage(), e);
        }
    }
}
