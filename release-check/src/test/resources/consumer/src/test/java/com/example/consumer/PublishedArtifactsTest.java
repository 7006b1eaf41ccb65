/*
 * Copyright 2026 The camel-groq-responses authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package com.example.consumer;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarFile;

import javax.xml.parsers.DocumentBuilderFactory;

import dev.camelgroq.responses.GroqResponsesComponent;
import dev.camelgroq.responses.springboot.GroqResponsesComponentAutoConfiguration;
import dev.camelgroq.responses.test.GroqEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user downloads: our jars on this build's class path came from the staging repository (not from the reactor,
 * not from another local copy), and every published module was staged as Maven Central wants it.
 */
class PublishedArtifactsTest {

    static final Path STAGING = Path.of(System.getProperty("groq.stagingDir"));
    static final Path CONSUMER_REPO = Path.of(System.getProperty("groq.consumerRepo"));
    static final String VERSION = System.getProperty("groq.version");
    static final Path GROUP = STAGING.resolve("dev/camelgroq");

    @ParameterizedTest
    @ValueSource(classes = { GroqResponsesComponent.class, GroqResponsesComponentAutoConfiguration.class,
            GroqEmulator.class })
    void ourJarsOnTheClassPathWereResolvedFromTheStagingRepository(Class<?> type) throws Exception {
        Path jar = jarOf(type);
        assertThat(jar).startsWith(CONSUMER_REPO);
        String artifactId = jar.getParent().getParent().getFileName().toString();

        // the resolver's record of where each file of this version came from: only from our staging repository
        Path staged = staged(artifactId, "", "jar");
        List<String> origins = Files.readAllLines(jar.resolveSibling("_remote.repositories")).stream()
                .filter(line -> !line.startsWith("#")).toList();
        assertThat(origins).contains(staged.getFileName() + ">groq-staging=")
                .allMatch(line -> line.endsWith(">groq-staging="));
        assertThat(sha1(jar)).isEqualTo(sha1(staged));
    }

    @ParameterizedTest
    @ValueSource(strings = { "camel-groq-responses", "camel-groq-responses-starter", "camel-groq-responses-test" })
    void everyPublishedModuleIsStagedWithSourcesJavadocLicenseAndChecksums(String artifactId) throws Exception {
        for (String classifier : List.of("", "sources", "javadoc")) {
            Path jar = staged(artifactId, classifier, "jar");
            assertChecksums(jar);
            try (JarFile content = new JarFile(jar.toFile())) {
                if (classifier.equals("javadoc")) {
                    assertThat(content.getEntry("index.html")).as("%s has index.html", jar).isNotNull();
                    continue;
                }
                assertThat(content.getEntry("META-INF/LICENSE")).as("%s has META-INF/LICENSE", jar).isNotNull();
                assertThat(content.getEntry("META-INF/NOTICE")).as("%s has META-INF/NOTICE", jar).isNotNull();
                if (classifier.equals("sources")) {
                    assertThat(content.stream().filter(e -> e.getName().endsWith(".java")).count()).isPositive();
                }
            }
        }
        Path pom = staged(artifactId, "", "pom");
        assertChecksums(pom);
        Element project = xml(pom);
        assertThat(text(project, "name")).isNotBlank();
        assertThat(text(project, "description")).isNotBlank();
        Element parent = (Element) project.getElementsByTagName("parent").item(0);
        assertThat(text(parent, "artifactId")).isEqualTo("camel-groq-responses-parent");
    }

    @Test
    void theParentPomCarriesLicenseScmUrlAndDevelopersForEveryModule() throws Exception {
        Path pom = staged("camel-groq-responses-parent", "", "pom");
        assertChecksums(pom);
        Element project = xml(pom);
        assertThat(text(project, "url")).startsWith("https://");
        Element license = (Element) project.getElementsByTagName("license").item(0);
        assertThat(text(license, "name")).isEqualTo("Apache-2.0");
        assertThat(text(license, "url")).isEqualTo("https://www.apache.org/licenses/LICENSE-2.0.txt");
        Element scm = (Element) project.getElementsByTagName("scm").item(0);
        assertThat(text(scm, "connection")).startsWith("scm:git:");
        assertThat(text(scm, "url")).startsWith("https://");
        Element developer = (Element) project.getElementsByTagName("developer").item(0);
        assertThat(text(developer, "name")).isNotBlank();
        // children inherit url and scm unchanged (no artifactId appended)
        assertThat(project.getAttribute("child.project.url.inherit.append.path")).isEqualTo("false");
    }

    static Path jarOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** The staged file of the version under test: the newest timestamped one for a snapshot. */
    static Path staged(String artifactId, String classifier, String extension) throws Exception {
        Path dir = GROUP.resolve(artifactId).resolve(VERSION);
        String fileVersion = VERSION;
        if (VERSION.endsWith("-SNAPSHOT")) {
            Element metadata = xml(dir.resolve("maven-metadata.xml"));
            NodeList versions = metadata.getElementsByTagName("snapshotVersion");
            fileVersion = null;
            for (int i = 0; i < versions.getLength(); i++) {
                Element v = (Element) versions.item(i);
                if (text(v, "extension").equals(extension) && text(v, "classifier").equals(classifier)) {
                    fileVersion = text(v, "value");
                }
            }
            assertThat(fileVersion).as("%s %s %s in %s", artifactId, classifier, extension, dir).isNotNull();
        }
        Path file = dir.resolve(artifactId + "-" + fileVersion + (classifier.isEmpty() ? "" : "-" + classifier)
                + "." + extension);
        assertThat(file).isRegularFile();
        return file;
    }

    static void assertChecksums(Path file) throws IOException, NoSuchAlgorithmException {
        assertThat(Files.readString(file.resolveSibling(file.getFileName() + ".sha1")).trim()).as("sha1 of %s", file)
                .isEqualTo(sha1(file));
        assertThat(Files.readString(file.resolveSibling(file.getFileName() + ".md5")).trim()).as("md5 of %s", file)
                .isEqualTo(digest(file, "MD5"));
    }

    static String sha1(Path file) throws IOException, NoSuchAlgorithmException {
        return digest(file, "SHA-1");
    }

    static String digest(Path file, String algorithm) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(Files.readAllBytes(file)));
    }

    static Element xml(Path file) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        return document.getDocumentElement();
    }

    /** Text of the first direct child element of that name, "" when there is none. */
    static String text(Element element, String child) {
        for (org.w3c.dom.Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(child)) {
                return e.getTextContent().trim();
            }
        }
        return "";
    }
}
